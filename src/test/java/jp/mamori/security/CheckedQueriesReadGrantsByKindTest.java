package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.mamori.storage.OwnIndexes;
import jp.mamori.testing.EngineStatements;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A role's query of tasks with the engine's checks (Tasklist, {@code /engine-rest}, the Java API) joins the role's
 * grants; each ended task leaves its roles a grant to read it (ADR 0007), so the grants grow with every case ever
 * done. The query must read the grants on tasks and procedures only, not all of them (ADR 0069, issue 18).
 */
class CheckedQueriesReadGrantsByKindTest extends IntegrationTest {

  private static final int ENDED_TASKS = 5_000;
  private static final String PREFIX = "grants-by-kind-";

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  @DisplayName("終わったタスクの閲覧権限が増えても、ロールのタスク照会はタスクと手続の権限だけを読む")
  void aRolesQueryOfTasksReadsTheGrantsOnTasksAndProceduresOnly() throws SQLException {
    String grants = management.getTableName(AuthorizationEntity.class);
    try (Connection connection = dataSource.getConnection()) {
      assertThat(OwnIndexes.of(connection, grants).has(AuthorizationIndexes.RESOURCE_INDEX)).isTrue();
      if (OwnIndexes.isH2(connection)) {
        return; // the plan below is MariaDB's, the production database's
      }
    }
    List<Object[]> endedTasks = new ArrayList<>();
    for (int i = 0; i < ENDED_TASKS; i++) {
      endedTasks.add(new Object[] {PREFIX + i, Resources.HISTORIC_TASK.resourceType(), PREFIX + "task-" + i});
    }
    TransactionTemplate inTransaction = new TransactionTemplate(transactionManager);
    // as the engine leaves them when a task of the role ends
    inTransaction.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO " + grants
        + " (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
        + " VALUES (?, 1, 1, 'supervising-manager', ?, ?, 66)", endedTasks));
    identityService.setAuthentication("plan-probe", List.of("supervising-manager"));
    try {
      // the statistics MariaDB keeps up to date on its own as a table grows, made current for this test
      jdbc.execute("ANALYZE TABLE " + grants);
      EngineStatements query = EngineStatements.during(configuration, () -> taskService.createTaskQuery()
          .processInstanceId(PREFIX + "case").taskDefinitionKey("Task_Review").list());
      List<Map<String, Object>> plan;
      try (Connection connection = dataSource.getConnection()) {
        plan = query.plan("selectTaskByQueryCriteria", connection);
      }
      Map<String, Object> grantsRead = plan.stream().filter(row -> "A".equals(row.get("table"))).findFirst()
          .orElseThrow(() -> new AssertionError("no grants in the plan: " + plan));
      assertThat(grantsRead.get("type")).as("%s", plan).isNotEqualTo("ALL");
      assertThat(grantsRead.get("key")).as("%s", plan).isEqualTo(AuthorizationIndexes.RESOURCE_INDEX);
    } finally {
      identityService.clearAuthentication();
      inTransaction.executeWithoutResult(
          status -> jdbc.update("DELETE FROM " + grants + " WHERE ID_ LIKE ?", PREFIX + "%"));
    }
  }
}
