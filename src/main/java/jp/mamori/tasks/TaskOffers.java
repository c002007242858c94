package jp.mamori.tasks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import jp.mamori.storage.OwnIndexes;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The offers table (ADR 0057): each candidate link of an open task, with the task's creation time beside it, so that
 * a page of the tasks offered to a role, newest first, is read off one index of (role, creation time) however many
 * tasks of other roles lie in front of them. The engine's tables keep the order in the task table and the candidacy
 * in the link table, and any page that needs both costs the smaller of "tasks skipped" and "tasks of the role" (ADR
 * 0055).
 *
 * <p>The table is kept by the database itself, not by the application: a trigger copies each candidate link the
 * engine inserts (whichever channel added it: a model, the app, Camunda Tasklist, {@code /engine-rest}, the Java
 * API), and a foreign key to the link with {@code on delete cascade} removes the copy with the link (a task's links go
 * before the task). A link is never updated by the engine and a task's creation time never changes, so the copy
 * cannot go stale. Created after the engine has built its tables, as {@link TaskListIndexes}; on a start that creates
 * the trigger, the links inserted before it are copied once.
 */
@Component
@Order(6)
public class TaskOffers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskOffers.class);

  public static final String TABLE = "MAMORI_TASK_OFFER";
  /** The index a role's offers are read on in creation order, and the person's. */
  public static final String GROUP_INDEX = "MAMORI_IDX_OFFER_GROUP";
  public static final String USER_INDEX = "MAMORI_IDX_OFFER_USER";
  static final String TRIGGER = "MAMORI_TRG_TASK_OFFER";

  private final DataSource dataSource;
  private final ManagementService management;
  /** Set once table and trigger are in place: until then (or if the database refused them) pages do without. */
  private volatile boolean ready;

  TaskOffers(DataSource dataSource, ManagementService management) {
    this.dataSource = dataSource;
    this.management = management;
  }

  @Override
  public void run(ApplicationArguments args) {
    String tasks = management.getTableName(Task.class);
    String links = TaskCriteria.identityLinkTable(management);
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean h2 = OwnIndexes.isH2(connection);
      boolean complete = complete(connection);
      if (complete && anyMissing(statement, links)) {
        // links without their copy: the trigger was dropped (a restore without triggers, an engine upgrade that
        // rebuilt the link table, a hand) — copied now; pages trust the table again only once the trigger is back
        int copied = copyMissing(statement, tasks, links);
        LOG.warn("Task offers: {} candidate links without their copy were found and copied; making the trigger {}",
            copied, TRIGGER);
        createTrigger(statement, h2, tasks, links);
      }
      if (!complete) {
        try {
          create(statement, h2, tasks, links);
        } catch (SQLException first) {
          // a second node making them at the same moment: its copy of the links collides with this one's
          if (!connection.getAutoCommit()) {
            connection.rollback();
          }
          create(statement, h2, tasks, links);
        }
      }
      ready = true;
    } catch (SQLException e) {
      // e.g. an account without the TRIGGER right, or binary logging without log_bin_trust_function_creators
      // (docs/operations.md): the task list still works, a role's long pages read as before (ADR 0055)
      LOG.warn("Task offers not available, the task list reads a role's pages without them: {}", e.getMessage());
    }
  }

  /**
   * Whether an earlier start made everything: the person's index is made last, after the copy of the links, so a
   * start cut short before it makes the rest again (each step is a no-op where done). Read from the index list, which
   * any account that may read the table sees (an account without the right to create them, docs/operations.md).
   */
  private static boolean complete(Connection connection) throws SQLException {
    return OwnIndexes.of(connection, TABLE).has(USER_INDEX);
  }

  private static void create(Statement statement, boolean h2, String tasks, String links) throws SQLException {
    // the engine's columns' own types (and on MariaDB their character set), so that the copy compares and joins
    // with them on their indexes
    statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (LINK_ID_ varchar(64) not null primary key,"
        + " TASK_ID_ varchar(64) not null, GROUP_ID_ varchar(255), USER_ID_ varchar(255),"
        + " CREATE_TIME_ " + (h2 ? "timestamp" : "datetime") + " not null,"
        + " constraint MAMORI_FK_OFFER_LINK foreign key (LINK_ID_) references " + links + " (ID_) on delete cascade)"
        + (h2 ? "" : " DEFAULT CHARSET=utf8mb3 COLLATE utf8mb3_bin"));
    statement.execute("CREATE INDEX IF NOT EXISTS " + GROUP_INDEX + " ON " + TABLE
        + " (GROUP_ID_, CREATE_TIME_, TASK_ID_)");
    createTrigger(statement, h2, tasks, links);
    // the links inserted before the trigger, once (3 s for 157,000 links on MariaDB): after it, so that none falls
    // between the two
    int copied = copyMissing(statement, tasks, links);
    statement.execute("CREATE INDEX IF NOT EXISTS " + USER_INDEX + " ON " + TABLE
        + " (USER_ID_, CREATE_TIME_, TASK_ID_)");
    LOG.info("Task offers: table and trigger created, {} candidate links copied", copied);
  }

  private static void createTrigger(Statement statement, boolean h2, String tasks, String links)
      throws SQLException {
    statement.execute("CREATE TRIGGER IF NOT EXISTS " + TRIGGER + " AFTER INSERT ON " + links + " FOR EACH ROW "
        + (h2 ? "CALL '" + TaskOfferTrigger.class.getName() + "'"
            : "INSERT INTO " + TABLE + " (LINK_ID_, TASK_ID_, GROUP_ID_, USER_ID_, CREATE_TIME_)"
                + " SELECT NEW.ID_, NEW.TASK_ID_, NEW.GROUP_ID_, NEW.USER_ID_, T.CREATE_TIME_ FROM " + tasks
                + " T WHERE T.ID_ = NEW.TASK_ID_ AND NEW.TYPE_ = 'candidate'"));
  }

  /**
   * Whether a candidate link has no copy. With the trigger in place there is none, so at every start this is the check
   * that the trigger has been there all along. Every copy is of a task's candidate link (the foreign key), so the two
   * counts, read in one statement, are equal exactly when none is missing: two index scans (0.1 s at 157,000 links),
   * where asking each link for its copy took 0.5 s. A plain read, so it locks nothing on a running database, and any
   * account may run it.
   */
  private static boolean anyMissing(Statement statement, String links) throws SQLException {
    try (ResultSet counts = statement.executeQuery("SELECT (SELECT COUNT(*) FROM " + links
        + " WHERE TYPE_ = 'candidate' AND TASK_ID_ IS NOT NULL) - (SELECT COUNT(*) FROM " + TABLE + ")")) {
      return counts.next() && counts.getLong(1) != 0;
    }
  }

  /** Copies the candidate links that have no copy, and says how many. */
  private static int copyMissing(Statement statement, String tasks, String links) throws SQLException {
    int copied = statement.executeUpdate("INSERT INTO " + TABLE
        + " (LINK_ID_, TASK_ID_, GROUP_ID_, USER_ID_, CREATE_TIME_)"
        + " SELECT L.ID_, L.TASK_ID_, L.GROUP_ID_, L.USER_ID_, T.CREATE_TIME_" + linksWithoutCopy(tasks, links));
    if (!statement.getConnection().getAutoCommit()) {
      statement.getConnection().commit();
    }
    return copied;
  }

  private static String linksWithoutCopy(String tasks, String links) {
    return " FROM " + links + " L JOIN " + tasks + " T ON T.ID_ = L.TASK_ID_ WHERE L.TYPE_ = 'candidate'"
        + " AND NOT EXISTS (SELECT 1 FROM " + TABLE + " O WHERE O.LINK_ID_ = L.ID_)";
  }

  /** Whether pages may be read from the offers (the table and its trigger are in place). */
  public boolean ready() {
    return ready;
  }
}
