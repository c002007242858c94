package jp.mamori.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * For the benchmarks only (docs/benchmarks.md): writes many cases straight into the engine's tables with JDBC batches,
 * in seconds where the engine's API takes 15–100 minutes for 100,000 on a loaded 2-core machine. Per case it writes
 * the rows the task list and the dashboard read, as the engine would write them for a process instance waiting in
 * one user task: the process instance's execution (with its business key), the task, its candidate-group link, the
 * grants on the task to its role and its assignee (which every permission check of a member of the role reads past),
 * and the history's process instance (for the monthly trend; an ended case has that row only). Nothing else: no
 * activity or task history, no variables (the lists read none of them). Such a case must never be
 * completed through the engine; the benchmarks only read them. Ids start with the prefix, so a fill can be found
 * and counted again.
 */
public final class BulkCases {

  /** One case: open (waiting in its task, offered to its candidate roles) unless {@code ended} is set. */
  public record Case(String processDefinitionId, String processDefinitionKey, String businessKey, String taskKey,
      String taskName, String assignee, List<String> candidateGroups, Date started, Date due, Date ended) {

    public Case(String processDefinitionId, String processDefinitionKey, String businessKey, String taskKey,
        String taskName, String assignee, String candidateGroup, Date started, Date due, Date ended) {
      this(processDefinitionId, processDefinitionKey, businessKey, taskKey, taskName, assignee,
          List.of(candidateGroup), started, due, ended);
    }
  }

  private static final int BATCH = 1_000;
  /** The rights the engine grants a task's candidate role and assignee (read, update, variables), as it writes them. */
  private static final int TASK_GRANT_PERMS = 70;

  private BulkCases() {}

  /** Writes cases {@code from} to {@code to - 1}, ids {@code prefix + i}; one transaction per thousand. */
  public static void insert(DataSource dataSource, String prefix, int from, int to, IntFunction<Case> cases)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement execution = c.prepareStatement("insert into ACT_RU_EXECUTION (ID_, REV_,"
          + " ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_,"
          + " IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_,"
          + " PROC_DEF_KEY_) values (?, 1, ?, ?, ?, ?, ?, ?, 0, 0, 1, 0, 1, 0, 1, ?)");
          PreparedStatement task = c.prepareStatement("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_,"
              + " PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_,"
              + " LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)"
              + " values (?, 1, ?, ?, ?, ?, ?, ?, 50, ?, ?, ?, 1, 'Created')");
          PreparedStatement link = c.prepareStatement("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_,"
              + " TASK_ID_) values (?, 1, ?, 'candidate', ?)");
          PreparedStatement grant = c.prepareStatement("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_,"
              + " GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) values (?, 1, 1, ?, ?, 7, ?, "
              + TASK_GRANT_PERMS + ")");
          PreparedStatement history = c.prepareStatement("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_,"
              + " BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_, START_ACT_ID_,"
              + " END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, 'Start', ?, ?, ?)")) {
        for (int i = from; i < to; i++) {
          Case k = cases.apply(i);
          String pi = prefix + i;
          Timestamp started = new Timestamp(k.started().getTime());
          history.setString(1, pi);
          history.setString(2, pi);
          history.setString(3, k.businessKey());
          history.setString(4, k.processDefinitionKey());
          history.setString(5, k.processDefinitionId());
          history.setTimestamp(6, started);
          history.setTimestamp(7, k.ended() == null ? null : new Timestamp(k.ended().getTime()));
          if (k.ended() == null) {
            history.setNull(8, java.sql.Types.BIGINT);
            history.setNull(9, java.sql.Types.VARCHAR);
          } else {
            history.setLong(8, k.ended().getTime() - k.started().getTime());
            history.setString(9, "End");
          }
          history.setString(10, pi);
          history.setString(11, k.ended() == null ? "ACTIVE" : "COMPLETED");
          history.addBatch();
          if (k.ended() == null) {
            execution.setString(1, pi);
            execution.setString(2, pi);
            execution.setString(3, pi);
            execution.setString(4, k.businessKey());
            execution.setString(5, k.processDefinitionId());
            execution.setString(6, k.taskKey());
            execution.setString(7, pi + "-a");
            execution.setString(8, k.processDefinitionKey());
            execution.addBatch();
            task.setString(1, pi + "-t");
            task.setString(2, pi);
            task.setString(3, pi);
            task.setString(4, k.processDefinitionId());
            task.setString(5, k.taskName());
            task.setString(6, k.taskKey());
            task.setString(7, k.assignee());
            task.setTimestamp(8, started);
            task.setTimestamp(9, started);
            task.setTimestamp(10, k.due() == null ? null : new Timestamp(k.due().getTime()));
            task.addBatch();
            for (int g = 0; g < k.candidateGroups().size(); g++) {
              // the first role's ids as before this list existed: a database filled earlier is continued alike
              String suffix = g == 0 ? "" : String.valueOf(g);
              link.setString(1, pi + "-l" + suffix);
              link.setString(2, k.candidateGroups().get(g));
              link.setString(3, pi + "-t");
              link.addBatch();
              addGrant(grant, pi + "-g" + suffix, k.candidateGroups().get(g), null, pi + "-t");
            }
            if (k.assignee() != null) {
              addGrant(grant, pi + "-u", null, k.assignee(), pi + "-t");
            }
          }
          if ((i - from + 1) % BATCH == 0 || i == to - 1) {
            // parents first: the task refers to its execution, the link to its task
            history.executeBatch();
            execution.executeBatch();
            task.executeBatch();
            link.executeBatch();
            grant.executeBatch();
            c.commit();
          }
        }
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
      analyze(c);
    }
  }

  private static void addGrant(PreparedStatement grant, String id, String group, String user, String taskId)
      throws SQLException {
    grant.setString(1, id);
    grant.setString(2, group);
    grant.setString(3, user);
    grant.setString(4, taskId);
    grant.addBatch();
  }

  /**
   * Brings the optimizer's statistics up to date, as they are in a database that grew over months. Right after a fill
   * of seconds MariaDB still plans with the figures of nearly empty tables (its statistics are recalculated in the
   * background, later): it then materialized all candidate links for every list query, about 1 s per page instead of
   * 1–50 ms, until the recalculation came. With column histograms as well ({@code PERSISTENT FOR ALL}), as
   * docs/operations.md asks of a production database: InnoDB's own figures are a sample of 20 pages per index, and
   * on about one sample in five MariaDB materialized every candidate link all the same (ADR 0054).
   */
  private static void analyze(Connection c) throws SQLException {
    boolean h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
    try (var statement = c.createStatement()) {
      statement.execute(h2 ? "analyze"
          : "analyze table ACT_RU_EXECUTION, ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_AUTHORIZATION, ACT_HI_PROCINST,"
              + " MAMORI_TASK_OFFER"
              + " persistent for all");
    }
  }
}
