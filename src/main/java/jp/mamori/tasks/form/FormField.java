package jp.mamori.tasks.form;

import java.io.Serializable;
import java.util.List;

/**
 * One component of a Camunda Form, flattened out of any groups.
 *
 * @param key           name of the process variable, or null for display-only components and unbound inputs
 * @param label         text to show; never a FEEL expression (those fall back to the key or id)
 * @param readonly      true for {@code readonly} or {@code disabled} components
 * @param defaultValue  String, BigDecimal, Boolean or List of String as written in the form, or null
 * @param decimalDigits for numbers: the most decimal places allowed, or null
 * @param text          for TEXT components: the markdown to show
 */
public record FormField(
    String id,
    String key,
    FieldType type,
    String label,
    String description,
    boolean readonly,
    Object defaultValue,
    List<Option> options,
    FieldValidation validation,
    Integer decimalDigits,
    String text) implements Serializable {

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
    validation = validation == null ? FieldValidation.NONE : validation;
  }

  /** Whether this field shows a process variable. */
  public boolean isBound() {
    return key != null && type.holdsValue();
  }

  /** Whether the user may change the variable, so that the server takes its value from a submission. */
  public boolean isEditable() {
    return isBound() && !readonly;
  }

  public boolean isRequired() {
    return validation.required();
  }

  public boolean offersOption(String value) {
    return options.stream().anyMatch(option -> option.value().equals(value));
  }
}
