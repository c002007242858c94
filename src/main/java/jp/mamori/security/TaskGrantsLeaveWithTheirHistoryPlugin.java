package jp.mamori.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.process.EngineLists;
import jp.mamori.process.EngineSessions;
import jp.mamori.storage.SqlLists;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceManager;
import org.camunda.bpm.engine.impl.util.CollectionUtil;
import org.springframework.stereotype.Component;

/**
 * When a case's history is removed, the grants on its tasks' history go with it (ADR 0072, issue 18).
 *
 * <p>Need to know (ADR 0007) has the engine grant each role and person a task was offered to the task's history
 * ({@code HISTORIC_TASK}), so that they may read it after it ended. The engine removes those grants when it removes
 * one task's history, and by their removal time in a removal-time cleanup — but Mamori's cleanup selects cases by
 * their end time and writes no removal time (ADR 0043), and then the engine removes a case's history, its tasks'
 * history included, leaving the grants on those tasks behind: rows that name nothing, a few for every case ever
 * done, in the table every authorization check reads. Here the case's removal takes them first: the removed cases'
 * task ids read by the history's case index, then their grants deleted by the grants' resource index, on the
 * engine's connection in the command that removes the case (the history cleanup, or a removal through the API).
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
class TaskGrantsLeaveWithTheirHistoryPlugin extends AbstractProcessEnginePlugin {

  /** Ids per statement: a cleanup removes 500 cases a round at most, an API call as many as it is given. */
  static final int CHUNK = 500;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    configuration.setCustomSessionFactories(EngineLists.plus(configuration.getCustomSessionFactories(),
        EngineSessions.of(HistoricProcessInstanceManager.class, () -> new CaseHistoryWithItsGrants(prefix))));
  }

  /** The engine's manager of cases' history, removing the grants on the tasks of the cases it removes. */
  static class CaseHistoryWithItsGrants extends HistoricProcessInstanceManager {

    private final String prefix;

    CaseHistoryWithItsGrants(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public void deleteHistoricProcessInstanceByIds(List<String> processInstanceIds) {
      if (isHistoryEnabled() && processInstanceIds != null && !processInstanceIds.isEmpty()) {
        removeTaskGrants(getDbSqlSession().getSqlSession().getConnection(), processInstanceIds);
      }
      super.deleteHistoricProcessInstanceByIds(processInstanceIds);
    }

    private void removeTaskGrants(Connection connection, List<String> cases) {
      try {
        for (List<String> someCases : CollectionUtil.partition(cases, CHUNK)) {
          List<String> tasks = ids(connection, "select ID_ from " + prefix + "ACT_HI_TASKINST where PROC_INST_ID_ in ("
              + SqlLists.placeholders(someCases.size()) + ")", someCases);
          if (tasks.isEmpty()) {
            continue; // nothing to remove (and the engine's partition of an empty list is one empty part)
          }
          for (List<String> someTasks : CollectionUtil.partition(tasks, CHUNK)) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + prefix + "ACT_RU_AUTHORIZATION"
                + " where RESOURCE_TYPE_ = ? and RESOURCE_ID_ in (" + SqlLists.placeholders(someTasks.size()) + ")")) {
              delete.setInt(1, Resources.HISTORIC_TASK.resourceType());
              bind(delete, 2, someTasks);
              delete.executeUpdate();
            }
          }
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("could not remove the grants on the removed cases' tasks", e);
      }
    }

    private static List<String> ids(Connection connection, String sql, List<String> parameters)
        throws SQLException {
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        bind(query, 1, parameters);
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getString(1));
          }
        }
        return ids;
      }
    }

    private static void bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
      for (int i = 0; i < values.size(); i++) {
        statement.setString(first + i, values.get(i));
      }
    }
  }
}
