package jp.mamori.tasks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.process.DecisionTexts;
import jp.mamori.tasks.form.FieldError;
import jp.mamori.tasks.form.FieldType;
import jp.mamori.tasks.form.FormDefinition;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.FormPrefill;
import jp.mamori.tasks.form.FormSubmission;
import jp.mamori.web.Messages;

/**
 * A Camunda Form as a page shows it: the fields, the values the user is editing (bound by the Facelets include
 * {@code /WEB-INF/includes/form-fields.xhtml}) and the server's validation messages per field. The values stay
 * here across a failed submission, so nothing the user typed is lost.
 */
public class RenderedForm implements Serializable {

  /** One line of a read-only text component; {@code level} is the markdown heading level, 0 for body text. */
  public record TextLine(int level, String text) implements Serializable {}

  private final FormDefinition definition;
  private final Map<String, Object> values;
  private final Map<String, String> errors = new HashMap<>();

  public RenderedForm(FormDefinition definition, Map<String, ?> variables) {
    this.definition = definition;
    this.values = new HashMap<>(FormPrefill.initialValues(definition, variables));
    for (FormField field : definition.fields()) {
      if (field.isEditable() && field.isChoicePicker() && field.isMultiple()) {
        values.put(field.key(), splitChoices(values.get(field.key())));
      }
    }
  }

  /**
   * Fills the empty fields that ask for a value computed when the form is shown: {@code "prefill": "fiscalYear"}
   * is the Japanese fiscal year (April to March) of {@code today}.
   */
  public RenderedForm prefill(LocalDate today) {
    for (FormField field : definition.fields()) {
      if (field.isEditable() && "fiscalYear".equals(field.prefill()) && values.get(field.key()) == null) {
        int year = today.getMonthValue() < 4 ? today.getYear() - 1 : today.getYear();
        values.put(field.key(), String.valueOf(year));
      }
    }
    return this;
  }

  /** A multiple choice picker's text ("3, 7") as the list its widget binds to. */
  private static List<String> splitChoices(Object value) {
    if (value instanceof List<?> list) {
      return new ArrayList<>(list.stream().map(String::valueOf).toList());
    }
    if (value instanceof Object[] array) {
      return new ArrayList<>(java.util.Arrays.stream(array).map(String::valueOf).toList());
    }
    List<String> choices = new ArrayList<>();
    if (value != null) {
      for (String part : value.toString().split("[\\s,、]+")) {
        if (!part.isBlank()) {
          choices.add(part);
        }
      }
    }
    return choices;
  }

  /** The values as the form submits them: a multiple choice picker's list joined into one text ("3, 7"). */
  private Map<String, Object> submitted() {
    Map<String, Object> submitted = new HashMap<>(values);
    for (FormField field : definition.fields()) {
      if (field.isEditable() && field.isChoicePicker() && field.isMultiple()) {
        // the widget posts an array into the map (its value type is Object), a prefilled value is a list
        List<String> list = splitChoices(values.get(field.key()));
        submitted.put(field.key(), list.isEmpty() ? null : String.join(", ", list));
      }
    }
    return submitted;
  }

  public List<FormField> getFields() {
    return definition.fields();
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  /** Validates on the server; on success returns the typed variables, otherwise fills {@link #getErrors()}. */
  public FormSubmission submit(Locale locale) {
    FormSubmission submission = FormSubmission.of(definition, submitted(), locale);
    errors.clear();
    for (FieldError error : submission.errors()) {
      errors.merge(error.fieldKey(), error.message(), (a, b) -> a + " " + b);
    }
    return submission;
  }

  /** Lines of a read-only text component: headings by their '#' marks, everything shown as plain, escaped text. */
  public List<TextLine> lines(FormField field) {
    List<TextLine> lines = new ArrayList<>();
    if (field.text() == null) {
      return lines;
    }
    for (String line : field.text().split("\\R")) {
      int level = 0;
      while (level < line.length() && line.charAt(level) == '#') {
        level++;
      }
      String text = line.substring(level).strip();
      if (!text.isEmpty()) {
        lines.add(new TextLine(Math.min(level, 4), text));
      }
    }
    return lines;
  }

  /**
   * The options of an {@code expectAll} checklist the user has not ticked, once the case came back to this task
   * (a {@code returnReason} field has something to say): what is still missing.
   */
  public List<String> missing(FormField field) {
    if (!field.isExpectAll() || returnReasons().isEmpty()) {
      return List.of();
    }
    Object value = values.get(field.key());
    List<?> ticked = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    return field.options().stream().filter(o -> !ticked.contains(o.value())).map(o -> o.label()).toList();
  }

  /** What the form's {@code returnReason} fields say, "label: value", when the case came back to this task. */
  public List<String> returnReasons() {
    List<String> reasons = new ArrayList<>();
    for (FormField field : definition.fields()) {
      String shown = field.isReturnReason() && field.key() != null ? display(field) : "—";
      if (!"—".equals(shown)) {
        reasons.add(field.label() + ": " + shown);
      }
    }
    return reasons;
  }

  /** A field's value as text (option labels, lists joined, a dash for nothing), as Japanese writes a list. */
  public String display(FormField field) {
    return displayIn(field, Locale.JAPANESE);
  }

  /**
   * The value a read-only field shows in the reader's language: several choices joined as it joins a list, a box's
   * answer as yes or no — an unticked box is an answer (第15条ただし書 does not apply), not an empty field — and a
   * decision table's reason in the words of the table's label file.
   */
  public String displayIn(FormField field, Locale locale) {
    Object value = values.get(field.key());
    if (value == null || value.toString().isBlank() || (value instanceof List<?> empty && empty.isEmpty())) {
      return "—";
    }
    if (value instanceof List<?> list) {
      return String.join(Messages.text(locale, "form.list.separator"),
          list.stream().map(item -> labelOf(field, String.valueOf(item))).toList());
    }
    if (value instanceof Boolean || field.type() == FieldType.CHECKBOX) {
      return Messages.text(locale, Boolean.parseBoolean(value.toString()) ? "form.checked.yes" : "form.checked.no");
    }
    if (field.decisionText() != null) {
      return DecisionTexts.inLanguage(locale, field.decisionText(), value.toString());
    }
    return labelOf(field, value.toString());
  }

  private static String labelOf(FormField field, String value) {
    return field.options().stream().filter(o -> o.value().equals(value)).map(o -> o.label()).findFirst()
        .orElse(value);
  }
}
