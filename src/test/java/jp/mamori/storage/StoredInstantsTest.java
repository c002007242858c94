package jp.mamori.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.UUID;
import jp.mamori.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADR 0044: the app's rows keep instants as UTC wall times, as they did under JPA ({@code hibernate.jdbc.time_zone}),
 * while the JVM runs on Japan's time (the tests, like the servers, on Asia/Tokyo). Checked on a row of the
 * notification preferences, written and read as a repository does.
 */
class StoredInstantsTest extends IntegrationTest {

  private static final Instant MIDNIGHT_UTC = Instant.parse("2026-12-01T00:00:00.123456Z");

  @Autowired JdbcAggregateTemplate aggregates;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction; // the pool is out of auto-commit (ADR 0047): writes need one

  private final String userId = "stored-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void removeRow() {
    transaction.executeWithoutResult(
        status -> jdbc.sql("delete from notification_preference where user_id = ?").param(userId).update());
  }

  @Test
  void anInstantIsWrittenAsItsUtcWallTimeWhateverTheJvmsZone() {
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Tokyo");

    transaction.executeWithoutResult(
        status -> aggregates.insert(new Preference(userId, "DAILY_DIGEST", MIDNIGHT_UTC)));

    assertThat(jdbc.sql("select updated_at from notification_preference where user_id = ?").param(userId)
        .query(LocalDateTime.class).single()).isEqualTo(LocalDateTime.parse("2026-12-01T00:00:00.123456"));
    assertThat(aggregates.findById(userId, Preference.class).updatedAt).isEqualTo(MIDNIGHT_UTC);
  }

  @Test
  void aRowWrittenBeforeReadsAsTheSameInstant() {
    transaction.executeWithoutResult(status -> jdbc
        .sql("insert into notification_preference (user_id, delivery, updated_at) values (?, 'DAILY_DIGEST', ?)")
        .params(userId, LocalDateTime.parse("2026-12-01T00:00:00.123456")).update());

    assertThat(aggregates.findById(userId, Preference.class).updatedAt).isEqualTo(MIDNIGHT_UTC);
  }

  @Test
  void hardWrittenSqlReadsTheSameInstant() {
    transaction.executeWithoutResult(
        status -> aggregates.insert(new Preference(userId, "DAILY_DIGEST", MIDNIGHT_UTC)));

    assertThat(jdbc.sql("select updated_at from notification_preference where user_id = ?").param(userId)
        .query((row, n) -> UtcColumns.instant(row, "updated_at")).single()).isEqualTo(MIDNIGHT_UTC);
  }

  @Table("notification_preference")
  static final class Preference {
    @Id
    @Column("user_id")
    final String userId;
    final String delivery;
    @Column("updated_at")
    final Instant updatedAt;

    Preference(String userId, String delivery, Instant updatedAt) {
      this.userId = userId;
      this.delivery = delivery;
      this.updatedAt = updatedAt;
    }
  }
}
