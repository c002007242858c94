package jp.mamori.tasks.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side check of a submitted form. Only editable fields are checked: read-only values are never taken from
 * a submission, so the user cannot be blamed for them.
 */
public final class FormValidator {

  private FormValidator() {
  }

  /**
   * @param raw    values as JSF gives them, by field key; a missing key counts as an empty field
   * @param locale language of the messages; null means Japanese, languages without messages get English
   * @return at most one error per field, in form order; empty when the submission is valid
   */
  public static List<FieldError> validate(FormDefinition form, Map<String, ?> raw, Locale locale) {
    Map<String, ?> values = raw == null ? Map.of() : raw;
    Map<String, SubmittedValue> submissions = new HashMap<>();
    for (FormField field : form.editableFields()) {
      submissions.put(field.key(), SubmittedValueReader.read(field, values.get(field.key())));
    }
    List<FieldError> errors = new ArrayList<>();
    for (FormField field : form.editableFields()) {
      SubmittedValue submitted = submissions.get(field.key());
      Optional<Violation> violation = submitted.readable()
          ? FieldRules.firstViolation(field, submitted, isRequired(field, submissions))
          : Optional.of(FieldRules.unreadable(field.type()));
      violation.ifPresent(broken -> errors.add(
          new FieldError(field.key(), field.label(), FormMessages.format(broken, field.label(), locale))));
    }
    return List.copyOf(errors);
  }

  /** Only an editable field's answer can make another required: a read-only value is not in the submission. */
  private static boolean isRequired(FormField field, Map<String, SubmittedValue> submissions) {
    RequiredWhen rule = field.validation().requiredWhen();
    if (field.isRequired() || rule == null) {
      return field.isRequired();
    }
    SubmittedValue answer = submissions.get(rule.fieldKey());
    return answer != null && rule.appliesTo(answer.value());
  }
}
