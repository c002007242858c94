package jp.mamori.dashboard;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A figure's list over the app's own tables: an SQL count and an SQL select with the same named parameters, paged in
 * the database ({@code limit}/{@code offset}, as H2 and MariaDB both read it); each result row becomes a list row.
 */
public final class QueryList implements FigureList {

  private final JdbcClient jdbc;
  private final String title;
  private final List<ListColumn> columns;
  private final String count;
  private final String select;
  private final Map<String, ?> parameters;
  private final RowMapper<Map<String, Object>> row;

  public QueryList(JdbcClient jdbc, String title, List<ListColumn> columns, String count, String select,
      Map<String, ?> parameters, RowMapper<Map<String, Object>> row) {
    this.jdbc = jdbc;
    this.title = title;
    this.columns = columns;
    this.count = count;
    this.select = select;
    this.parameters = parameters;
    this.row = row;
  }

  /** A count query's answer, for a section's figure. */
  public static long count(JdbcClient jdbc, String sql, Map<String, ?> parameters) {
    return jdbc.sql(sql).params(parameters).query(Long.class).single();
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public List<ListColumn> columns() {
    return columns;
  }

  @Override
  public long count() {
    return count(jdbc, count, parameters);
  }

  @Override
  public List<Map<String, Object>> page(int first, int max) {
    return jdbc.sql(select + " limit :max offset :first").params(parameters).param("max", max).param("first", first)
        .query(row).list();
  }
}
