package jp.mamori.tasks.form;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A submission checked and converted in one step.
 *
 * @param variables the values to complete the task with; empty unless the submission is valid
 * @param errors    localized errors, empty when valid
 */
public record FormSubmission(Map<String, Object> variables, List<FieldError> errors) {

  /** Converting only valid input means a half-read submission can never reach the process. */
  public static FormSubmission of(FormDefinition form, Map<String, ?> raw, Locale locale) {
    List<FieldError> errors = FormValidator.validate(form, raw, locale);
    return new FormSubmission(errors.isEmpty() ? FormValueConverter.toVariables(form, raw) : Map.of(), errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
