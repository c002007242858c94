package jp.mamori.dashboard;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The history indexes the trends and their lists need (ADR 0041): a procedure's cases by start and by end time, so
 * a month's count is one index range and a page is read off it in order. Camunda's schema has the key alone and the
 * times alone. Created after the engine's tables, as {@code TaskListIndexes} does and for the same reason.
 */
@Component
@Order(5)
class TrendIndexes implements ApplicationRunner {

  static final String STARTED_INDEX = "MAMORI_IDX_HI_PROCINST_KEY_START";
  static final String ENDED_INDEX = "MAMORI_IDX_HI_PROCINST_KEY_END";

  private final DataSource dataSource;
  private final ManagementService management;

  TrendIndexes(DataSource dataSource, ManagementService management) {
    this.dataSource = dataSource;
    this.management = management;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    String table = management.getTableName(HistoricProcessInstance.class);
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS " + STARTED_INDEX + " ON " + table
          + " (PROC_DEF_KEY_, START_TIME_, ID_)");
      statement.execute("CREATE INDEX IF NOT EXISTS " + ENDED_INDEX + " ON " + table
          + " (PROC_DEF_KEY_, END_TIME_, ID_, STATE_)");
    }
  }
}
