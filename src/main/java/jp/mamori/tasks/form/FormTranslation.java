package jp.mamori.tasks.form;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.web.LabelFiles;

/**
 * A form in the user's language. Forms are written in Japanese in Camunda Modeler; another language's texts are
 * in {@code forms/i18n/<formId>_<language>.properties} beside them (ADR 0029), keyed by the component's id:
 * {@code <id>.label}, {@code <id>.description}, {@code <id>.text} (a text component's markdown),
 * {@code <id>.option.<value>} (an option's label, by its stored value) and {@code <id>.patternError}.
 * What a file does not translate stays as the form says. Values are never translated: only what is shown.
 */
public final class FormTranslation {

  private FormTranslation() {}

  public static FormDefinition of(FormDefinition form, Locale locale) {
    if (form.id() == null || locale == null || !hasFile(form.id(), locale)) {
      return form;
    }
    return new FormDefinition(form.id(), form.fields().stream().map(f -> field(form.id(), f, locale)).toList());
  }

  private static boolean hasFile(String formId, Locale locale) {
    return FormTranslation.class.getClassLoader().getResource(LabelFiles.path(LabelFiles.FORMS, formId, locale))
        != null;
  }

  private static FormField field(String formId, FormField f, Locale locale) {
    if (f.id() == null) {
      return f;
    }
    List<Option> options = f.options().stream()
        .map(o -> new Option(text(formId, locale, f.id() + ".option." + o.value()).orElse(o.label()), o.value()))
        .toList();
    FieldValidation v = f.validation();
    FieldValidation validation = v.patternErrorMessage() == null ? v : new FieldValidation(v.required(), v.min(),
        v.max(), v.minLength(), v.maxLength(), v.pattern(),
        text(formId, locale, f.id() + ".patternError").orElse(v.patternErrorMessage()), v.format(), v.requiredWhen());
    return new FormField(f.id(), f.key(), f.type(),
        text(formId, locale, f.id() + ".label").orElse(f.label()),
        text(formId, locale, f.id() + ".description").orElse(f.description()),
        f.readonly(), f.defaultValue(), options, validation, f.decimalDigits(),
        text(formId, locale, f.id() + ".text").orElse(f.text()),
        f.properties());
  }

  private static Optional<String> text(String formId, Locale locale, String key) {
    return LabelFiles.find(LabelFiles.FORMS, formId, locale, key);
  }
}
