package jp.mamori.incident;

import static jp.mamori.process.CaseVariables.list;
import static jp.mamori.process.CaseVariables.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import jp.mamori.web.ActionRefused;

/**
 * What the reporter told (第34条): when it was found, what happened, which data, how many persons (null = not
 * known), special categories, medium, cause, whether it is contained. Read from the report form's variables.
 */
public record IncidentFacts(String incidentType, String certainty, Instant awareAt, String whatHappened,
    String dataItems, Integer personCount, List<String> specialCategories, String medium, String cause,
    String contained) {

  /**
   * @throws ActionRefused with a message for the reporter when the time found is not a time or in the
   *     future
   */
  public static IncidentFacts of(Map<String, Object> variables, ZoneId zone, Instant now) {
    Instant awareAt = awareAt(text(variables, "foundDate"), text(variables, "foundTime"), zone, now);
    if (awareAt.isAfter(now.plusSeconds(60))) {
      throw new ActionRefused("incident.error.foundInFuture");
    }
    Object count = variables.get("personCount");
    boolean unknown = Boolean.TRUE.equals(variables.get("countUnknown"));
    Integer persons = unknown || count == null ? null : ((Number) count).intValue();
    return new IncidentFacts(text(variables, "incidentType", "leak"),
        text(variables, "certainty", "suspected"), awareAt, text(variables, "whatHappened"),
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
      throw new ActionRefused("incident.error.foundTime");
    }
  }
}
