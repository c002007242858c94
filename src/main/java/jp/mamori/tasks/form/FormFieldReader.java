package jp.mamori.tasks.form;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns one form-js component into a {@link FormField}. */
final class FormFieldReader {

  private FormFieldReader() {
  }

  static FormField read(JsonNode component) {
    String id = text(component, "id");
    String key = text(component, "key");
    return new FormField(
        id,
        key,
        FieldType.fromFormJs(text(component, "type"), text(component, "subtype")),
        label(component, key, id),
        text(component, "description"),
        isSet(component.get("readonly")) || isSet(component.get("disabled")),
        plainValue(component.get("defaultValue")),
        options(component.path("values")),
        validation(component.path("validate"), component.path("properties"), id),
        integer(component.get("decimalDigits")),
        text(component, "text"),
        properties(component.path("properties")));
  }

  private static Map<String, String> properties(JsonNode properties) {
    Map<String, String> read = new LinkedHashMap<>();
    if (properties.isObject()) {
      properties.fields().forEachRemaining(e -> {
        if (e.getValue().isValueNode()) {
          read.put(e.getKey(), e.getValue().asText());
        }
      });
    }
    return read;
  }

  /** @return the property as text, or null when it is missing, null or blank */
  static String text(JsonNode node, String property) {
    JsonNode value = node.get(property);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  /** Date pickers carry their caption in {@code dateLabel}; an expression label cannot be shown as it is. */
  private static String label(JsonNode component, String key, String id) {
    for (String property : List.of("label", "dateLabel")) {
      String label = text(component, property);
      if (label != null && !isExpression(label)) {
        return label;
      }
    }
    return key != null ? key : id;
  }

  private static boolean isExpression(String value) {
    return value.startsWith("=");
  }

  /**
   * A FEEL condition counts as set: the server cannot evaluate it, and treating the field as read-only means
   * a forged request can never write a value the form may forbid editing.
   */
  private static boolean isSet(JsonNode flag) {
    if (flag == null) {
      return false;
    }
    if (flag.isTextual()) {
      return isExpression(flag.textValue()) || Boolean.parseBoolean(flag.textValue());
    }
    return flag.asBoolean(false);
  }

  private static Object plainValue(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return List.copyOf(items);
    }
    return value.isTextual() ? value.textValue() : null;
  }

  private static List<Option> options(JsonNode values) {
    List<Option> options = new ArrayList<>();
    for (JsonNode entry : values) {
      String value = text(entry, "value");
      if (value != null) {
        String label = text(entry, "label");
        options.add(new Option(label != null ? label : value, value));
      }
    }
    return options;
  }

  private static FieldValidation validation(JsonNode validate, JsonNode properties, String fieldId) {
    RequiredWhen requiredWhen = RequiredWhen.parse(text(properties, "requiredWhen"), fieldId).orElse(null);
    if (!validate.isObject() && requiredWhen == null) {
      return FieldValidation.NONE;
    }
    return new FieldValidation(
        validate.path("required").asBoolean(false),
        decimal(validate.get("min")),
        decimal(validate.get("max")),
        integer(validate.get("minLength")),
        integer(validate.get("maxLength")),
        checkedPattern(text(validate, "pattern"), fieldId),
        text(validate, "patternErrorMessage"),
        TextFormat.fromValidationType(text(validate, "validationType")),
        requiredWhen);
  }

  /** A broken pattern is a mistake in the form, better reported on loading than on the first submission. */
  private static String checkedPattern(String pattern, String fieldId) {
    if (pattern != null) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new InvalidFormException("Field '" + fieldId + "' has a pattern that is not a valid regular "
            + "expression: " + e.getDescription() + " in " + pattern, e);
      }
    }
    return pattern;
  }

  /** @return the number, or null for anything else such as a FEEL expression */
  private static BigDecimal decimal(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    try {
      return value.isTextual() ? new BigDecimal(value.textValue().strip()) : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static Integer integer(JsonNode value) {
    BigDecimal number = decimal(value);
    return number == null ? null : number.intValue();
  }
}
