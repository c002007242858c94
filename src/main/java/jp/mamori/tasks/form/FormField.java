package jp.mamori.tasks.form;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One component of a Camunda Form, flattened out of any groups.
 *
 * @param key           name of the process variable, or null for display-only components and unbound inputs
 * @param label         text to show; never a FEEL expression (those fall back to the key or id)
 * @param readonly      true for {@code readonly} or {@code disabled} components
 * @param defaultValue  String, BigDecimal, Boolean or List of String as written in the form, or null
 * @param decimalDigits for numbers: the most decimal places allowed, or null
 * @param text          for TEXT components: the markdown to show
 * @param properties    the component's custom properties (form-js "properties"), e.g. {@code expectAll} on a
 *                      checklist whose every option is needed, {@code returnReason} on the read-only field that
 *                      says why a case came back to this task
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
    String text,
    Map<String, String> properties) implements Serializable {

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
    validation = validation == null ? FieldValidation.NONE : validation;
    properties = properties == null ? Map.of() : Map.copyOf(properties);
  }

  /** A checklist whose every option the case needs: the options left unticked are shown as missing. */
  public boolean isExpectAll() {
    return "true".equals(properties.get("expectAll"));
  }

  /**
   * A text field whose value is a member of staff's login id, picked by name ({@code "picker": "person"}); the
   * optional {@code role} property narrows the choice to one role's members.
   */
  public boolean isPersonPicker() {
    return "person".equals(properties.get("picker"));
  }

  /**
   * The picker a field asks for (issue #17 item 6), its custom property {@code picker}: {@code person},
   * {@code time}, or the kind of a register's choices ({@code contractor}, {@code ledgerEntry}); null for none.
   */
  public String picker() {
    String picker = properties.get("picker");
    return picker == null || picker.isBlank() ? null : picker.strip();
  }

  /** A text field picked as a time of day ({@code "picker": "time"}), its value {@code HH:mm}. */
  public boolean isTimePicker() {
    return "time".equals(picker());
  }

  /**
   * A field whose value is chosen from a register's entries ({@code "picker": "ledgerEntry"} etc.): not a person,
   * not a time.
   */
  public boolean isChoicePicker() {
    return picker() != null && !isPersonPicker() && !isTimePicker();
  }

  /** A choice picker of several entries ({@code "multiple": "true"}), stored as one text, joined by commas. */
  public boolean isMultiple() {
    return "true".equals(properties.get("multiple"));
  }

  /** A choice picker that also takes a value typed in ({@code "editable": "true"}), e.g. a new contractor. */
  public boolean isEditableChoice() {
    return "true".equals(properties.get("editable"));
  }

  /** What an empty field starts with, computed when the form is shown ({@code "prefill": "fiscalYear"}). */
  public String prefill() {
    return properties.get("prefill");
  }

  /**
   * The decision table whose words a read-only field shows ({@code "decisionText": "acquisitionRule"}): other
   * languages read them from the table's label file (process.DecisionTexts); null for none.
   */
  public String decisionText() {
    String decision = properties.get("decisionText");
    return decision == null || decision.isBlank() ? null : decision.strip();
  }

  /** A read-only field that says why the case came back to this task. */
  public boolean isReturnReason() {
    return "true".equals(properties.get("returnReason"));
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
