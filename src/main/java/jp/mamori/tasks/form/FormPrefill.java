package jp.mamori.tasks.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a form starts with, in the same shapes the UI submits (String, Boolean for checkboxes, List of String
 * for checklists), so that showing a task and submitting it unchanged gives back the same variables.
 */
public final class FormPrefill {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Object>> JSON_ARRAY = new TypeReference<>() {
  };

  private FormPrefill() {
  }

  /**
   * Like form-js: an existing variable wins, even when it is null; otherwise the field's default value.
   *
   * @param variables process or task variables by name; may be null
   * @return a mutable map with an entry for every bound field, read-only ones included so they can be shown
   */
  public static Map<String, Object> initialValues(FormDefinition form, Map<String, ?> variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : form.fields()) {
      if (field.isBound()) {
        boolean hasVariable = variables != null && variables.containsKey(field.key());
        Object source = hasVariable ? variables.get(field.key()) : field.defaultValue();
        values.put(field.key(), toInputValue(field.type(), source));
      }
    }
    return values;
  }

  private static Object toInputValue(FieldType type, Object value) {
    return switch (type) {
      case CHECKBOX -> toBoolean(value);
      case CHECKLIST -> toTextList(value);
      case DATETIME -> toDateText(value);
      default -> value == null ? null : toText(value);
    };
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Boolean checked) {
      return checked;
    }
    return value != null && Boolean.parseBoolean(value.toString().strip());
  }

  /** A checklist that Tasklist saved is a JSON variable; its toString() (Spin or plain text) is the JSON array. */
  private static List<String> toTextList(Object value) {
    if (value == null) {
      return new ArrayList<>();
    }
    if (value instanceof Collection<?> items) {
      return texts(items);
    }
    if (value instanceof Object[] items) {
      return texts(Arrays.asList(items));
    }
    String text = value.toString().strip();
    if (text.startsWith("[")) {
      try {
        return texts(JSON.readValue(text, JSON_ARRAY));
      } catch (JsonProcessingException notJson) {
        // an ordinary text that happens to start with a bracket
      }
    }
    return text.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(text));
  }

  private static List<String> texts(Collection<?> items) {
    List<String> texts = new ArrayList<>();
    for (Object item : items) {
      if (item != null) {
        texts.add(toText(item));
      }
    }
    return texts;
  }

  private static String toDateText(Object value) {
    if (value instanceof Date date) {
      return DateValues.toLocalDate(date).toString();
    }
    // LocalDate prints as yyyy-MM-dd; a date string, as Tasklist stores it, is shown as it is
    return value == null ? null : value.toString();
  }

  /** Plain notation: a Double 1.0E7 or 2.50 must appear as 10000000 or 2.5 in the input box. */
  private static String toText(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
