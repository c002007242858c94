package jp.mamori.tasks.form;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A field that becomes required by the answer to another field, such as a reason when a reviewer returns or rejects.
 * form-js can only say this in FEEL, which the server does not evaluate (ADR 0003); so forms state it as a custom
 * property of the field, {@code "properties": {"requiredWhen": "reviewDecision=return,reject"}}, which the server
 * enforces and which form-js keeps without showing.
 *
 * @param fieldKey the key of the field whose answer decides
 * @param values   the answers that make this field required
 */
public record RequiredWhen(String fieldKey, Set<String> values) implements Serializable {

  public RequiredWhen {
    values = Set.copyOf(values);
  }

  /** @return the rule written as {@code key=value1,value2}; empty when there is none */
  static Optional<RequiredWhen> parse(String rule, String fieldId) {
    if (rule == null) {
      return Optional.empty();
    }
    int equals = rule.indexOf('=');
    Set<String> values = equals < 0 ? Set.of() : Arrays.stream(rule.substring(equals + 1).split(","))
        .map(String::trim).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    if (equals <= 0 || values.isEmpty()) {
      throw new InvalidFormException("Field '" + fieldId + "' has requiredWhen '" + rule
          + "'; write it as otherFieldKey=value1,value2");
    }
    return Optional.of(new RequiredWhen(rule.substring(0, equals).trim(), values));
  }

  boolean appliesTo(Object otherFieldValue) {
    return otherFieldValue instanceof String answer && values.contains(answer);
  }
}
