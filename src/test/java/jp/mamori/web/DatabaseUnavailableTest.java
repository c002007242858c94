package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Which failures are answered "the database is away" with 503 (ADR 0038) and which stay the request's own. */
class DatabaseUnavailableTest {

  @Test
  void thePoolsTimeoutAndAClosedSocketAreTheDatabaseAway() {
    assertThat(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("Connection is not available")))
        .isTrue();
    assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLNonTransientConnectionException("x"))))
        .isTrue();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("Server shutdown in progress", "08S01"))).isTrue();
  }

  @Test
  void aConnectionThatBrokeInsideTheEngineIsTheDatabaseAwayToo() {
    // as seen in bench/db-restart.sh: the engine's exception around MyBatis' around the driver's, no SQL state
    SQLException eof = new SQLException("(conn=12) unexpected end of stream", null, new EOFException());
    assertThat(DatabaseUnavailable.causedBy(engineFailure(eof))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(engineFailure(new SQLException("Connection reset", null,
        new SocketException("Connection reset"))))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(engineFailure(new SQLException("Connection is closed")))).isTrue();
  }

  @Test
  void aFailureOfTheRequestItselfIsNot() {
    assertThat(DatabaseUnavailable.causedBy(engineFailure(
        new SQLIntegrityConstraintViolationException("Duplicate entry 'x' for key 'PRIMARY'", "23000")))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("Table 'ACT_RU_TASK' doesn't exist", "42S02")))
        .isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no task"))).isFalse();
  }

  private static ProcessEngineException engineFailure(SQLException driver) {
    return new ProcessEngineException("Process engine persistence exception",
        new PersistenceException("### Error querying database. Cause: " + driver, driver));
  }
}
