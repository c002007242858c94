package jp.mamori.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Indexes of Mamori's own on tables it does not create (the engine's, ADR 0037; its own offers, ADR 0057), made at
 * start where they are missing. Asked first, not created "if not exists": MariaDB checks the right to create an index
 * before it looks whether it exists, so an account that may only read and write (docs/operations.md, after the
 * owner's start has made them) was refused and the app did not start.
 */
public final class OwnIndexes {

  private final Connection connection;
  private final String table;
  private final Set<String> existing = new HashSet<>();

  private OwnIndexes(Connection connection, String table) throws SQLException {
    this.connection = connection;
    this.table = table;
    boolean h2 = isH2(connection);
    // MariaDB names a database a catalog, H2 a schema
    try (ResultSet indexes = connection.getMetaData().getIndexInfo(h2 ? null : connection.getCatalog(),
        h2 ? connection.getSchema() : null, table, false, true)) {
      while (indexes.next()) {
        String name = indexes.getString("INDEX_NAME");
        if (name != null) {
          existing.add(name.toUpperCase(Locale.ROOT));
        }
      }
    }
  }

  /** The indexes the table has now. */
  public static OwnIndexes of(Connection connection, String table) throws SQLException {
    return new OwnIndexes(connection, table);
  }

  public boolean has(String index) {
    return existing.contains(index.toUpperCase(Locale.ROOT));
  }

  /** Makes the index on these columns unless the table has it. */
  public OwnIndexes ensure(String index, String columns) throws SQLException {
    if (!has(index)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + table + " (" + columns + ")");
      }
      existing.add(index.toUpperCase(Locale.ROOT));
    }
    return this;
  }

  /** Removes an index of an earlier version if the table still has it. */
  public OwnIndexes drop(String index) throws SQLException {
    if (has(index)) {
      try (Statement statement = connection.createStatement()) {
        // H2 names indexes per schema, MariaDB per table
        statement.execute("DROP INDEX IF EXISTS " + index + (isH2(connection) ? "" : " ON " + table));
      }
      existing.remove(index.toUpperCase(Locale.ROOT));
    }
    return this;
  }

  public static boolean isH2(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
  }
}
