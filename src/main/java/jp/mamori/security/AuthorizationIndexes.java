package jp.mamori.security;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.mamori.storage.OwnIndexes;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The index the engine's own checked queries need on its grants (ADR 0069). A person's list of tasks, cases or
 * procedures with the engine's authorization checks (Tasklist, Cockpit, {@code /engine-rest}, the Java API) joins the
 * grants of the person's roles on what is listed, by resource id OR the procedure's key OR "*", which no index of
 * Camunda's answers: MariaDB read every grant for each such query. With the history's own grants (ADR 0007: a role
 * keeps reading each task and case it worked on) the grants grow with every case ever done, and so did the time of
 * every such query (22–37 ms at 100,000 ended tasks, docs/benchmarks.md). Read by the kind of resource first, a query
 * of tasks reads the grants on tasks and procedures only. Created after the engine's tables, as the task list's are.
 */
@Component
@Order(5)
class AuthorizationIndexes implements ApplicationRunner {

  static final String RESOURCE_INDEX = "MAMORI_IDX_AUTH_RESOURCE";

  private final DataSource dataSource;
  private final ManagementService management;

  AuthorizationIndexes(DataSource dataSource, ManagementService management) {
    this.dataSource = dataSource;
    this.management = management;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      OwnIndexes.of(connection, management.getTableName(AuthorizationEntity.class))
          .ensure(RESOURCE_INDEX, "RESOURCE_TYPE_, RESOURCE_ID_");
    }
  }
}
