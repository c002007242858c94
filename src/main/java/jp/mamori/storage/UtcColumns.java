package jp.mamori.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants read by hand-written SQL, kept as the repositories keep them: UTC wall times (ADR 0044). */
public final class UtcColumns {

  private UtcColumns() {}

  public static Instant instant(ResultSet row, String column) throws SQLException {
    LocalDateTime wallTime = row.getObject(column, LocalDateTime.class);
    return wallTime == null ? null : wallTime.toInstant(ZoneOffset.UTC);
  }

  public static LocalDateTime wallTime(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
