package jp.mamori.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine's queries and writes, counted by statement id while a block runs on this thread: for tests of changes
 * whose only effect is a statement saved (issue 18). Installed once into the engine's MyBatis configuration; it counts
 * nothing outside {@link #during}.
 */
public final class EngineStatements {

  private static final ThreadLocal<EngineStatements> RUNNING = new ThreadLocal<>();
  private static ProcessEngineConfigurationImpl installedIn;

  private record Sent(MappedStatement statement, Object parameter) {}

  private final ProcessEngineConfigurationImpl configuration;
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Sent> lastSent = new HashMap<>();

  private EngineStatements(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** Runs the block and returns what the engine sent to the database meanwhile, on this thread. */
  public static EngineStatements during(ProcessEngineConfigurationImpl configuration, Runnable block) {
    install(configuration);
    EngineStatements statements = new EngineStatements(configuration);
    RUNNING.set(statements);
    try {
      block.run();
    } finally {
      RUNNING.remove();
    }
    return statements;
  }

  /** How often a statement ran, by the end of its id ({@code selectIncidentsByConfiguration}). */
  public int count(String statement) {
    return counts.entrySet().stream()
        .filter(entry -> entry.getKey().equals(statement) || entry.getKey().endsWith("." + statement))
        .mapToInt(Map.Entry::getValue).sum();
  }

  /**
   * The database's plan (its {@code EXPLAIN} rows, column by label) for the last run of a statement, as the engine
   * sent it: its SQL and parameters from the engine's own mapping, for a test of what the database does with it.
   * Rendered in an engine command, as the mapping reads the engine's settings.
   */
  public List<Map<String, Object>> plan(String statement, Connection connection) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      try {
        return explain(statement, connection);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private List<Map<String, Object>> explain(String statement, Connection connection) throws SQLException {
    Sent sent = lastSent.entrySet().stream()
        .filter(entry -> entry.getKey().equals(statement) || entry.getKey().endsWith("." + statement))
        .map(Map.Entry::getValue).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(statement + " did not run: " + counts));
    BoundSql sql = sent.statement().getBoundSql(sent.parameter());
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql.getSql())) {
      new DefaultParameterHandler(sent.statement(), sent.parameter(), sql).setParameters(explain);
      try (ResultSet result = explain.executeQuery()) {
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
            row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  @Override
  public String toString() {
    return counts.toString();
  }

  private static synchronized void install(ProcessEngineConfigurationImpl configuration) {
    if (installedIn != configuration) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Counter());
      installedIn = configuration;
    }
  }

  @Intercepts({
      @Signature(type = Executor.class, method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
      @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class})})
  private static final class Counter implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      EngineStatements statements = RUNNING.get();
      if (statements != null) {
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        statements.counts.merge(statement.getId(), 1, Integer::sum);
        statements.lastSent.put(statement.getId(), new Sent(statement, invocation.getArgs()[1]));
      }
      return invocation.proceed();
    }

    @Override
    public void setProperties(Properties properties) {
      // nothing to set
    }
  }
}
