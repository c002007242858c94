package jp.mamori.outsourcing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.mamori.purpose.PurposeFiling;

/** Reading the forms' values out of process variables: texts, dates (yyyy-MM-dd) and checklists. */
final class Variables {

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
    return PurposeFiling.list(value);
  }
}
