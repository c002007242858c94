package jp.mamori.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reading a case's variables as the forms, Tasklist and REST wrote them, with one rule for every procedure: a text
 * is trimmed, and a blank text is absent ({@code null}), because a form sends an untouched optional field as an
 * empty string and REST may send spaces. A date is {@code yyyy-MM-dd} (a date-time's day); a checklist is a list, or
 * a JSON array when Tasklist or REST wrote it; an absent or blank list is empty.
 */
public final class CaseVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseVariables() {}

  public static String text(Map<String, Object> variables, String key) {
    return text(variables.get(key));
  }

  public static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /** The text, or {@code fallback} when it is absent or blank. */
  public static String text(Map<String, Object> variables, String key, String fallback) {
    String text = text(variables, key);
    return text == null ? fallback : text;
  }

  public static LocalDate date(Map<String, Object> variables, String key) {
    return date(variables.get(key));
  }

  public static LocalDate date(Object value) {
    String text = text(value);
    return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  public static List<String> list(Object value) {
    String text = text(value);
    if (value instanceof List<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    if (text == null) {
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

  /** A checkbox: only {@code true} is true. */
  public static boolean flag(Map<String, Object> variables, String key) {
    return Boolean.TRUE.equals(variables.get(key));
  }

  /** A value of a known type (an id, a number, a map a decision table wrote), or null when absent. */
  public static <T> T typed(Map<String, Object> variables, String key, Class<T> type) {
    Object value = variables.get(key);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalArgumentException(
        "variable " + key + " is a " + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
  }
}
