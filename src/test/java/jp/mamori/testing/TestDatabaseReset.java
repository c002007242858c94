package jp.mamori.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the MariaDB run of the suite, drops and recreates its database, so every run starts from an empty
 * schema exactly as a new installation does (utf8mb4 / utf8mb4_bin, as docs/operations.md prescribes); with
 * {@code mamori.test.keepDatabase} it only makes it when it is missing.
 */
public class TestDatabaseReset implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"mariadb".equals(System.getProperty("mamori.test.database"))) {
      return;
    }
    // benchmarks (docs/benchmarks.md): reuse a fill of 100,000 cases for before/after runs instead of minutes of
    // refill; the first such run makes the database
    boolean keep = Boolean.getBoolean("mamori.test.keepDatabase");
    String host = env("MAMORI_TEST_DB_HOST", "127.0.0.1");
    String port = env("MAMORI_TEST_DB_PORT", "3306");
    String name = env("MAMORI_TEST_DB_NAME", "mamori_test");
    String url = "jdbc:mariadb://" + host + ":" + port + "/";
    try (Connection connection = DriverManager.getConnection(url, env("MAMORI_TEST_DB_USER", "root"),
        env("MAMORI_TEST_DB_PASSWORD", ""));
        Statement statement = connection.createStatement()) {
      if (!keep) {
        statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
      }
      statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("The MariaDB run of the tests needs a MariaDB server at " + url
          + " (see README: the test command); " + e.getMessage(), e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
