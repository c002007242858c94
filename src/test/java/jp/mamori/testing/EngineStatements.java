package jp.mamori.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine's queries and writes, counted by statement id while a block runs on this thread: for tests of changes
 * whose only effect is a statement saved (issue 18). Installed once into the engine's MyBatis configuration; it counts
 * nothing outside {@link #during}.
 */
public final class EngineStatements {

  private static final ThreadLocal<Map<String, Integer>> COUNTS = new ThreadLocal<>();
  private static ProcessEngineConfigurationImpl installedIn;

  private final Map<String, Integer> counts;

  private EngineStatements(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** Runs the block and returns what the engine sent to the database meanwhile, on this thread. */
  public static EngineStatements during(ProcessEngineConfigurationImpl configuration, Runnable block) {
    install(configuration);
    Map<String, Integer> counts = new HashMap<>();
    COUNTS.set(counts);
    try {
      block.run();
    } finally {
      COUNTS.remove();
    }
    return new EngineStatements(counts);
  }

  /** How often a statement ran, by the end of its id ({@code selectIncidentsByConfiguration}). */
  public int count(String statement) {
    return counts.entrySet().stream()
        .filter(entry -> entry.getKey().equals(statement) || entry.getKey().endsWith("." + statement))
        .mapToInt(Map.Entry::getValue).sum();
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
      Map<String, Integer> counts = COUNTS.get();
      if (counts != null) {
        counts.merge(((MappedStatement) invocation.getArgs()[0]).getId(), 1, Integer::sum);
      }
      return invocation.proceed();
    }

    @Override
    public void setProperties(Properties properties) {
      // nothing to set
    }
  }
}
