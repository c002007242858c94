package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.trail.PatientDataAccess.Channel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log is kept for the configured period (default 5 years) and purged after it; the application has no
 * other path that changes or deletes an entry (ADR 0026).
 */
class AccessLogRetentionTest extends IntegrationTest {

  @Autowired AccessLogRetention retention;
  @Autowired PatientDataAccessLog log;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @Test
  @DisplayName("保存期間(既定5年)を過ぎた記録だけが毎日の削除で消え、期間内の記録は残る")
  void entriesOlderThanTheKeptPeriodArePurged() {
    String oldCase = "RET-" + UUID.randomUUID();
    String keptCase = "RET-" + UUID.randomUUID();
    Instant sixYearsAgo = clock.instant().atZone(ZoneId.of("Asia/Tokyo")).minusYears(6).toInstant();
    Instant fourYearsAgo = clock.instant().atZone(ZoneId.of("Asia/Tokyo")).minusYears(4).toInstant();
    insert(oldCase, sixYearsAgo);
    insert(keptCase, fourYearsAgo);
    log.viewed("privacy-lead", keptCase, "case.xhtml", "10.0.0.1", Channel.APP);

    assertThat(retention.getYears()).isEqualTo(5);
    assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

    assertThat(log.ofCase(oldCase)).isEmpty();
    assertThat(log.ofCase(keptCase)).hasSize(2);
  }

  @Test
  @DisplayName("アプリには記録を変更・削除する経路がない: リポジトリは保存・検索と保存期間の削除だけ")
  void theApplicationCannotChangeEntries() {
    assertThat(Stream.of(PatientDataAccessRepository.class, PatientDataAccessSearch.class)
        .flatMap(type -> Arrays.stream(type.getDeclaredMethods())).map(Method::getName))
        .containsExactlyInAnyOrder("save", "findByCaseKeyOrderByAccessedAtAscIdAsc", "search", "purgeOlderThan");
    assertThat(PatientDataAccessRepository.class.getInterfaces())
        .containsExactlyInAnyOrder(org.springframework.data.repository.Repository.class, PatientDataAccessSearch.class);
    assertThat(PatientDataAccessSearch.class.getInterfaces()).isEmpty();
    assertThat(Arrays.stream(PatientDataAccessLog.class.getMethods()).map(Method::getName))
        .noneMatch(name -> name.startsWith("update") || name.startsWith("delete") || name.startsWith("purge"));
  }

  private void insert(String caseKey, Instant at) {
    transaction.executeWithoutResult(status -> jdbc.update("insert into patient_data_access"
        + " (accessed_at, user_id, case_key, what, remote_address, channel) values (?, ?, ?, ?, ?, ?)",
        Timestamp.from(at), "nurse", caseKey, "case.xhtml", "10.0.0.2", "app"));
  }
}
