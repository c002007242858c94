package jp.mamori.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import jp.mamori.tasks.TaskActionException;

/**
 * What the reporter told (第34条): when it was found, what happened, which data, how many persons (null = not
 * known), special categories, medium, cause, whether it is contained. Read from the report form's variables.
 */
public record IncidentFacts(String incidentType, String certainty, Instant awareAt, String whatHappened,
    String dataItems, Integer personCount, List<String> specialCategories, String medium, String cause,
    String contained) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @throws TaskActionException with a message for the reporter when the time found is not a time or in the
   *     future
   */
  public static IncidentFacts of(Map<String, Object> variables, ZoneId zone, Instant now) {
    Instant awareAt = awareAt(text(variables, "foundDate"), text(variables, "foundTime"), zone, now);
    if (awareAt.isAfter(now.plusSeconds(60))) {
      throw new TaskActionException("incident.error.foundInFuture");
    }
    Object count = variables.get("personCount");
    boolean unknown = Boolean.TRUE.equals(variables.get("countUnknown"));
    Integer persons = unknown || count == null ? null : ((Number) count).intValue();
    return new IncidentFacts(orDefault(text(variables, "incidentType"), "leak"),
        orDefault(text(variables, "certainty"), "suspected"), awareAt, text(variables, "whatHappened"),
        text(variables, "dataItems"), persons, list(variables.get("specialCategories")), text(variables, "medium"),
        text(variables, "cause"), text(variables, "contained"));
  }

  /** Medical (要配慮) information is involved, or may be: any count is reportable. */
  public boolean specialCare() {
    return !specialCategories.isEmpty();
  }

  /** Blank date: now. A date without a time: now if it is today, else the start of that day. */
  static Instant awareAt(String date, String time, ZoneId zone, Instant now) {
    try {
      LocalDate today = LocalDate.ofInstant(now, zone);
      LocalDate day = date == null ? today : LocalDate.parse(date);
      if (time == null || time.isBlank()) {
        return day.equals(today) ? now : day.atStartOfDay(zone).toInstant();
      }
      return day.atTime(LocalTime.parse(time.trim())).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new TaskActionException("incident.error.foundTime");
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  static String text(Map<String, Object> variables, String key) {
    Object value = variables.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString();
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
    if (!text.startsWith("[")) {
      return text.isEmpty() ? List.of() : List.of(text);
    }
    try {
      return List.of(JSON.readValue(text, String[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a list of strings: " + text, e);
    }
  }
}
