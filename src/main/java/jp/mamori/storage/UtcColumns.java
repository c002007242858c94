package jp.mamori.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants read and written by hand-written SQL, kept as the repositories keep them: UTC wall times (ADR 0044). */
public final class UtcColumns {

  private UtcColumns() {}

  public static Instant instant(ResultSet row, String column) throws SQLException {
    LocalDateTime wallTime = row.getObject(column, LocalDateTime.class);
    return wallTime == null ? null : wallTime.toInstant(ZoneOffset.UTC);
  }

  public static LocalDateTime wallTime(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * The instant as a parameter: the driver writes a timestamp's wall time in the JVM's zone, so the timestamp is given
   * the UTC wall time.
   */
  public static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.valueOf(wallTime(instant));
  }
}
