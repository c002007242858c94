package jp.mamori.outsourcing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reading the forms' values out of process variables: texts, dates (yyyy-MM-dd) and checklists. */
final class Variables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Variables() {}

  static String text(Map<String, Object> variables, String key) {
    Object value = variables.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  static LocalDate date(Map<String, Object> variables, String key) {
    String text = text(variables, key);
    return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** Checklists arrive as lists, or as JSON arrays when Tasklist or REST wrote them. */
  static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return List.of();
    }
    if (!text.startsWith("[")) {
      return List.of(text);
    }
    try {
      return List.of(JSON.readValue(text, String[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a list of strings: " + text, e);
    }
  }
}
