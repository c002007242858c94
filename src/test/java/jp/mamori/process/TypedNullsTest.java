package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.mamori.testing.IntegrationTest;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.plugin.Invocation;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On MariaDB a batch of the engine's inserts whose empty columns change from row to row goes to the server as one
 * command, with its values and {@code NULL}s as bound (issue 18, {@link TypedNullsPlugin}). The rows alternate like
 * a case's variables: a text (no number), then a number (no text).
 */
class TypedNullsTest extends IntegrationTest {

  private static final int ROWS = 10;

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired DataSource dataSource;

  @Test
  @DisplayName("エンジンのSQLのパラメータは、型付きのNULLで設定される")
  void theEnginesParametersAreBoundThroughTypedNulls() {
    assertThat(configuration.getSqlSessionFactory().getConfiguration().getInterceptors())
        .anyMatch(TypedNullsPlugin.TypedNulls.class::isInstance);
  }

  /** With the driver's own untyped NULLs the same batch is a command per row: what the plugin is there for. */
  @ParameterizedTest(name = "型付きのNULL {0}: {1} コマンド")
  @CsvSource({"true, 1", "false, " + ROWS})
  @DisplayName("MariaDB: 空の列が行ごとに変わる一括挿入は、型付きのNULLなら1つのコマンドでサーバーに届き、値とNULLはそのまま")
  void aBatchWhoseEmptyColumnsChangeIsOneCommandWithTypedNulls(boolean typedNulls, long commandsExpected)
      throws Throwable {
    assumeTrue(onMariaDb(), "the bulk command is MariaDB's");
    onProbeTable(connection -> {
      long commands = insertAlternatingRows(connection, typedNulls);

      assertThat(commands).as("commands for %d rows", ROWS).isEqualTo(commandsExpected);
      assertThat(rows(connection)).containsExactlyElementsOf(expectedRows());
    });
  }

  @Test
  @DisplayName("MariaDB: 1行だけの挿入でも、型付きのNULLはNULLとして保存される")
  void aTypedNullInASingleInsertIsStoredAsNull() throws Throwable {
    assumeTrue(onMariaDb(), "the driver's parameters are MariaDB's");
    onProbeTable(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        bind(insert, 1, true);
        insert.executeUpdate();
      }
      assertThat(rows(connection)).containsExactly(expectedRows().get(1));
    });
  }

  private static final String INSERT = "insert into typed_nulls_probe (id, text_value, long_value) values (?, ?, ?)";

  /** Runs the work on a table of this connection's own, gone with the work. */
  private void onProbeTable(ProbeWork work) throws Throwable {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create temporary table typed_nulls_probe "
          + "(id varchar(64) primary key, text_value varchar(100), long_value bigint)");
      try {
        work.run(connection);
      } finally {
        connection.rollback();
        statement.execute("drop temporary table typed_nulls_probe");
      }
    }
  }

  private interface ProbeWork {
    void run(Connection connection) throws Throwable;
  }

  /** Inserts the rows as one batch and returns how many commands the server counted for it. */
  private static long insertAlternatingRows(Connection connection, boolean typedNulls) throws Throwable {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int row = 0; row < ROWS; row++) {
        bind(insert, row, typedNulls);
        insert.addBatch();
      }
      long before = questions(connection);
      insert.executeBatch();
      return questions(connection) - before - 1; // the second count counts itself
    }
  }

  /** Binds a row as MyBatis does, through the plugin's interceptor or straight to the driver. */
  private static void bind(PreparedStatement insert, int row, boolean typedNulls) throws Throwable {
    ParameterHandler handler = new ParameterHandler() {
      @Override
      public Object getParameterObject() {
        return row;
      }

      @Override
      public void setParameters(PreparedStatement statement) throws SQLException {
        statement.setString(1, "row-" + row);
        if (row % 2 == 0) {
          statement.setString(2, "text " + row);
          statement.setNull(3, Types.BIGINT);
        } else {
          statement.setNull(2, Types.VARCHAR);
          statement.setLong(3, row);
        }
      }
    };
    if (typedNulls) {
      new TypedNullsPlugin.TypedNulls().intercept(new Invocation(handler,
          ParameterHandler.class.getMethod("setParameters", PreparedStatement.class), new Object[] {insert}));
    } else {
      handler.setParameters(insert);
    }
  }

  private static List<String> expectedRows() {
    List<String> rows = new ArrayList<>();
    for (int row = 0; row < ROWS; row++) {
      rows.add(row % 2 == 0 ? "row-" + row + " | text " + row + " | null" : "row-" + row + " | null | " + row);
    }
    return rows;
  }

  private static List<String> rows(Connection connection) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(
            "select id, text_value, long_value from typed_nulls_probe order by length(id), id")) {
      while (result.next()) {
        rows.add(result.getString(1) + " | " + result.getString(2) + " | " + result.getObject(3));
      }
    }
    return rows;
  }

  private static long questions(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show session status like 'Questions'")) {
      result.next();
      return result.getLong(2);
    }
  }

  private static boolean onMariaDb() {
    return "mariadb".equals(System.getProperty("mamori.test.database"));
  }
}
