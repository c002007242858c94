package jp.mamori.tasks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import jp.mamori.storage.OwnIndexes;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The indexes the task list needs and Camunda's schema lacks (ADR 0037, docs/benchmarks.md). Each list index starts
 * with the sort column and the id, so a page in that order is read straight off it, and carries every column the
 * list filters on, so finding a page (skipping up to 10,000 rows) and counting up to the cap never read a table row;
 * the identity-link index answers "offered to one of my roles?" the same way. Created after the engine has built its
 * tables, which on a fresh database is after Flyway has run (the app's migrations come first,
 * storage.MigrationsBeforeEngine), so they cannot be migrations. Made where missing ({@link OwnIndexes}): a second
 * start, or a second node, makes nothing.
 */
@Component
@Order(5)
public class TaskListIndexes implements ApplicationRunner {

  /** What every list index carries after its order: the columns the list filters on. */
  static final String FILTERED = "ASSIGNEE_, SUSPENSION_STATE_, DUE_DATE_, PROC_DEF_ID_";
  static final String CREATED_INDEX = "MAMORI_IDX_TASK_LIST_CREATE";
  static final String DUE_INDEX = "MAMORI_IDX_TASK_LIST_DUE";
  static final String CANDIDATE_INDEX = "MAMORI_IDX_IDENT_LNK_CAND";
  /** A person's own tasks in creation order (ADR 0057): the engine's index of the assignee is in the order of ids. */
  static final String MINE_INDEX = "MAMORI_IDX_TASK_LIST_MINE";
  /** The due-date index of ADR 0031, now the first column of {@link #DUE_INDEX}: one index less to maintain. */
  static final String FORMER_DUE_INDEX = "MAMORI_IDX_TASK_DUE";

  private final DataSource dataSource;
  private final ManagementService management;
  /** Set once the indexes are in place: a page names its index only then (an unknown index name is an error). */
  private volatile boolean ready;

  TaskListIndexes(DataSource dataSource, ManagementService management) {
    this.dataSource = dataSource;
    this.management = management;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    String tasks = management.getTableName(Task.class);
    String links = TaskCriteria.identityLinkTable(management);
    try (Connection connection = dataSource.getConnection()) {
      OwnIndexes.of(connection, tasks)
          .ensure(CREATED_INDEX, "CREATE_TIME_, ID_, " + FILTERED)
          .ensure(DUE_INDEX, "DUE_DATE_, ID_, ASSIGNEE_, SUSPENSION_STATE_, CREATE_TIME_, PROC_DEF_ID_")
          .ensure(MINE_INDEX, "ASSIGNEE_, CREATE_TIME_, ID_, SUSPENSION_STATE_")
          .drop(FORMER_DUE_INDEX);
      OwnIndexes.of(connection, links).ensure(CANDIDATE_INDEX, "TASK_ID_, TYPE_, GROUP_ID_, USER_ID_");
    }
    ready = true;
  }

  /**
   * The list index a page in this order is to be found on, once it exists. Named in the query because MariaDB,
   * left to itself, takes the index on ASSIGNEE_ for "mine or unassigned" and sorts every visible task (4 s for a
   * page 5,000 deep at 100,000 tasks, against 0.1 s on the list index, at load average 45; ADR 0037).
   */
  public Optional<String> forOrder(TaskSort sort) {
    if (!ready) {
      return Optional.empty();
    }
    return switch (sort) {
      case CREATED -> Optional.of(CREATED_INDEX);
      case DUE -> Optional.of(DUE_INDEX);
      case NAME, PRIORITY -> Optional.empty();
    };
  }
}
