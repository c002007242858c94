package jp.mamori.modeling;

import java.util.Arrays;
import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/**
 * How often a timer cycle written into a model fires. The regulation's procedures repeat yearly or daily at most; a
 * cycle shorter than an hour only fills the job table and the audit log, so the gate refuses it.
 */
final class TimerCycles {

  static final long MINIMUM_MILLIS = 60L * 60 * 1000;
  /** Durations of months and years depend on the start; any start gives the same answer for an hour. */
  private static final Date REFERENCE = new Date(0);

  private TimerCycles() {}

  /**
   * Whether a literal cycle — ISO 8601 repetition ({@code R/PT1H}, {@code R3/2027-04-01T09:00/P1Y}) or a cron
   * expression ({@code 0 0 9 * * ?}) — fires at most once an hour. An unreadable cycle does not.
   */
  static boolean atMostHourly(String cycle) {
    String text = cycle.strip();
    if (text.contains(" ")) {
      return cronAtMostHourly(text.split("\\s+"));
    }
    String[] parts = text.split("/");
    if (parts.length < 2 || !parts[0].startsWith("R")) {
      return false;
    }
    return Arrays.stream(parts).filter(p -> p.startsWith("P")).findFirst()
        .map(TimerCycles::isoAtLeastAnHour).orElse(false);
  }

  private static boolean isoAtLeastAnHour(String duration) {
    try {
      return DatatypeFactory.newInstance().newDuration(duration).getTimeInMillis(REFERENCE) >= MINIMUM_MILLIS;
    } catch (IllegalArgumentException | DatatypeConfigurationException e) {
      return false;
    }
  }

  /** A cron (seconds, minutes, hours, ...) fires at most hourly when its seconds and minutes are one value each. */
  private static boolean cronAtMostHourly(String[] fields) {
    return fields.length >= 6 && fields[0].matches("\\d{1,2}") && fields[1].matches("\\d{1,2}");
  }
}
