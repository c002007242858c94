package jp.mamori.tasks.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a submission into process variables, typed the way Camunda Tasklist stores Camunda Form data. */
public final class FormValueConverter {

  private FormValueConverter() {
  }

  /**
   * Read-only, display-only and unsupported fields are left out, so a forged request cannot overwrite their
   * variables. Validate first with {@link FormValidator}: a value that cannot be read is left out here too.
   *
   * @param raw values as JSF gives them, by field key
   * @return variable values by key: String, Long, Double, Boolean, List of String or null (read-only map)
   */
  public static Map<String, Object> toVariables(FormDefinition form, Map<String, ?> raw) {
    Map<String, ?> values = raw == null ? Map.of() : raw;
    Map<String, Object> variables = new LinkedHashMap<>();
    for (FormField field : form.editableFields()) {
      SubmittedValue submitted = SubmittedValueReader.read(field, values.get(field.key()));
      if (submitted.readable()) {
        variables.put(field.key(), toVariableValue(field, submitted.value()));
      }
    }
    return Collections.unmodifiableMap(variables);
  }

  private static Object toVariableValue(FormField field, Object value) {
    if (value instanceof BigDecimal number) {
      return toCamundaNumber(number, field.decimalDigits());
    }
    if (value instanceof List<?> checklist) {
      // stored as JSON under its class's name: an ArrayList, not a JDK-internal immutable list class
      // (ImmutableCollections$List12) that a REST client cannot name and another JDK may not have
      return new ArrayList<>(checklist);
    }
    if (value instanceof LocalDate date) {
      // form-js keeps dates as ISO text and Tasklist submits them unchanged, so processes see a String
      return date.toString();
    }
    return value;
  }

  /**
   * Camunda has no decimal variable type: a BigDecimal would be stored as a serialized Java object, which the
   * engine refuses by default and nobody can query. Tasklist submits JSON numbers, which the engine keeps as
   * integral or floating-point primitives, so we use Long for whole numbers (one type whatever the size) and
   * Double otherwise. A field that declares decimal places always gets a Double, so that its variable keeps one
   * type across submissions and variable queries on it keep matching.
   */
  static Object toCamundaNumber(BigDecimal number, Integer decimalDigits) {
    boolean wholeNumberField = decimalDigits == null || decimalDigits == 0;
    if (wholeNumberField && number.stripTrailingZeros().scale() <= 0) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException beyondLongRange) {
        return number.doubleValue();
      }
    }
    return number.doubleValue();
  }
}
