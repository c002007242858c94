package jp.mamori.dashboard;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.mamori.storage.OwnIndexes;
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
    try (Connection connection = dataSource.getConnection()) {
      OwnIndexes.of(connection, management.getTableName(HistoricProcessInstance.class))
          .ensure(STARTED_INDEX, "PROC_DEF_KEY_, START_TIME_, ID_")
          .ensure(ENDED_INDEX, "PROC_DEF_KEY_, END_TIME_, ID_, STATE_");
    }
  }
}
