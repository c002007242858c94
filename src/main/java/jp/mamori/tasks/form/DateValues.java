package jp.mamori.tasks.form;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

final class DateValues {

  private DateValues() {
  }

  /**
   * JSF date converters create a Date at midnight in the server's time zone, so that zone gives back the day the
   * user picked. Going through the epoch millis also works for java.sql.Date, whose toInstant() throws.
   */
  static LocalDate toLocalDate(Date date) {
    return Instant.ofEpochMilli(date.getTime()).atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
