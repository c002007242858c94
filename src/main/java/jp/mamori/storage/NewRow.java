package jp.mamori.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * A new row written with one plain insert, for the rows a case writes on its way (a notice, a purpose filed, a
 * ledger entry): a repository's save maps the entity anew every time, about 2 % of a case's CPU per row under load
 * (docs/benchmarks.md, issue 18). Values are written as the repositories write them (ADR 0044): instants as UTC wall
 * times, enums by name, dates as dates. The repositories still read and update the rows.
 */
public final class NewRow {

  private final String table;
  private final Map<String, Object> values = new LinkedHashMap<>();

  private NewRow(String table) {
    this.table = table;
  }

  /** The table and column names are the code's own, written into the SQL; values are always bound. */
  public static NewRow into(String table) {
    return new NewRow(table);
  }

  public NewRow set(String column, Object value) {
    values.put(column, value);
    return this;
  }

  /** Inserts the row; the id the database generated for it. */
  public long insert(JdbcTemplate jdbc) {
    String sql = "insert into " + table + " (" + String.join(", ", values.keySet()) + ") values ("
        + SqlLists.placeholders(values.size()) + ")";
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
      bind(insert);
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  private void bind(PreparedStatement insert) throws SQLException {
    int index = 1;
    for (Object value : values.values()) {
      insert.setObject(index++, stored(value));
    }
  }

  private static Object stored(Object value) {
    if (value instanceof Instant instant) {
      return UtcColumns.timestamp(instant);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof LocalDate date) {
      return java.sql.Date.valueOf(date);
    }
    return value;
  }
}
