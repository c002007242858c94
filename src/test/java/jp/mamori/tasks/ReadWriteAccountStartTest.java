package jp.mamori.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import javax.sql.DataSource;
import jp.mamori.storage.OwnIndexes;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * docs/operations.md runs the app with an account that may only read and write the tables, once an owner's start has
 * made them. MariaDB checks the right to create an index before it looks whether the index exists, so the indexes of
 * Mamori's own on the engine's tables stopped such a start; they are now asked for first (storage.OwnIndexes).
 */
class ReadWriteAccountStartTest extends IntegrationTest {

  private static final String ACCOUNT = "mamori_rw_test";

  @Autowired DataSource dataSource;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anAccountThatMayOnlyReadAndWriteStartsWithTheIndexesAndOffersTheOwnersStartMade() throws Exception {
    String database;
    try (Connection connection = dataSource.getConnection()) {
      assumeTrue(!OwnIndexes.isH2(connection), "MariaDB's rights");
      database = connection.getCatalog();
    }
    assumeTrue(mayMakeAccounts(database), "the test account needs CREATE USER and the GRANT OPTION on its database"
        + " (README: the test command; .ci/run gives them)");
    jdbc.execute("CREATE USER IF NOT EXISTS '" + ACCOUNT + "'@'%' IDENTIFIED BY 'rw-test-only'");
    try {
      // "_" in a grant's database name is a wildcard: escaped, the grant names this database only, as the owner's does
      jdbc.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON `" + database.replace("_", "\\_") + "`.* TO '" + ACCOUNT
          + "'@'%'");
      DataSource readWrite = new DriverManagerDataSource(((HikariDataSource) dataSource).getJdbcUrl(), ACCOUNT,
          "rw-test-only");
      try (Connection connection = readWrite.getConnection()) {
        assertThat(connection.createStatement().execute("SELECT 1")).isTrue();
        assertThat(OwnIndexes.of(connection, management.getTableName(Task.class))
            .has(TaskListIndexes.CREATED_INDEX)).as("the owner's start made it, and this account sees it").isTrue();
      }

      TaskListIndexes indexes = new TaskListIndexes(readWrite, management);
      assertThatCode(() -> indexes.run(null)).doesNotThrowAnyException();
      assertThat(indexes.forOrder(TaskSort.CREATED)).contains(TaskListIndexes.CREATED_INDEX);
      TaskOffers offers = new TaskOffers(readWrite, management);
      offers.run(null);
      assertThat(offers.ready()).as("made complete by the owner's start").isTrue();
    } finally {
      jdbc.execute("DROP USER IF EXISTS '" + ACCOUNT + "'@'%'");
    }
  }

  /** information_schema shows an administrator every account's rights: only the test account's own count here. */
  private boolean mayMakeAccounts(String database) {
    String mine = "GRANTEE = CONCAT(QUOTE(SUBSTRING_INDEX(CURRENT_USER(), '@', 1)), '@',"
        + " QUOTE(SUBSTRING_INDEX(CURRENT_USER(), '@', -1)))";
    Integer createUser = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE " + mine
        + " AND PRIVILEGE_TYPE = 'CREATE USER'", Integer.class);
    Integer grantable = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE "
        + mine + " AND IS_GRANTABLE = 'YES') + (SELECT COUNT(*) FROM information_schema.SCHEMA_PRIVILEGES WHERE "
        + mine + " AND IS_GRANTABLE = 'YES' AND ? LIKE TABLE_SCHEMA)", Integer.class, database);
    return createUser > 0 && grantable > 0;
  }
}
