package jp.mamori.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure means "the database cannot be reached" (stopped, restarting, the network gone), as opposed to a
 * failure of the request itself. Such a failure is answered with 503 and a message that says so, never with the
 * generic error or a stack trace (ADR 0038): the user's step was not carried out and can be repeated once the
 * connection pool has reconnected, which it does by itself.
 *
 * <p>Recognized anywhere in the cause chain, because the engine, MyBatis, Spring Data JDBC and Spring's transaction
 * managers each wrap the driver's exception once or twice: the JDBC connection exceptions (the pool's "no connection
 * within connection-timeout" is a {@link SQLTransientConnectionException}; a socket closed by a stopping server is a
 * {@link SQLNonTransientConnectionException} in MariaDB's and H2's drivers), any SQL state of class 08 ("connection
 * exception" in the SQL standard; MariaDB's "server shutdown in progress" is 08S01), and Spring's own translation
 * ({@link DataAccessResourceFailureException}), and a driver's plain exception for a connection that broke mid-statement
 * (its socket's {@link IOException} as the cause, or a message naming the closed connection).
 */
public final class DatabaseUnavailable {

  /** The {@code type} of the JSON answer on REST, beside Camunda's own types. */
  public static final String TYPE = "DatabaseUnavailable";
  /** Seconds a client is told to wait before it tries again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 10;

  private static final int DEEPEST_CAUSE = 32;
  private static final List<String> BROKEN = List.of("closed", "reset", "refused", "broken pipe", "socket");

  private DatabaseUnavailable() {}

  public static boolean causedBy(Throwable thrown) {
    Throwable t = thrown;
    for (int depth = 0; t != null && depth < DEEPEST_CAUSE; depth++, t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException || t instanceof DataAccessResourceFailureException) {
        return true;
      }
      if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
          || brokenConnection(sql))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A connection that broke in the middle of a statement: MariaDB's driver then throws a plain {@link SQLException}
   * without a SQL state whose cause is the socket's {@link IOException} (an {@code EOFException} when the server
   * went away, a {@code SocketException} on a reset) or whose message names the closed connection.
   */
  private static boolean brokenConnection(SQLException sql) {
    if (sql.getCause() instanceof IOException) {
      return true;
    }
    String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
    return message.contains("connection") && BROKEN.stream().anyMatch(message::contains);
  }

  /** What the user is told, in their language. */
  public static String message(Locale locale) {
    return Messages.text(locale, "error.unavailable.text");
  }
}
