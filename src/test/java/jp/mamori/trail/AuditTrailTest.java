package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import jp.mamori.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail's entries are written with a plain insert (ADR 0047's session, docs/benchmarks.md): each field comes back
 * as written, the moment as its UTC wall time like every instant of the app's tables (ADR 0044), texts cut to their
 * columns, and a decision's entry only inside the decision's transaction.
 */
class AuditTrailTest extends IntegrationTest {

  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  private final String caseId = "trail-" + UUID.randomUUID();

  @Test
  @DisplayName("記録は誰が・いつ・どの案件で・なぜを書いたとおりに読み返せる(時刻は UTC の壁時計時刻)")
  void anEntryReadsBackAsWritten() {
    // the app's clock is the engine's, to the millisecond
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    transaction.executeWithoutResult(status -> trail.record("privacy-lead", "PURPOSE_APPROVED",
        new CaseRef(caseId, "NP-1", "task-1"), "転倒転落リスク評価", "問題なし", "詳細"));

    AuditEntry entry = trail.ofCase(caseId).get(0);
    assertThat(entry.getId()).isNotNull();
    assertThat(entry.getActor()).isEqualTo("privacy-lead");
    assertThat(entry.getAction()).isEqualTo("PURPOSE_APPROVED");
    assertThat(entry.getBusinessKey()).isEqualTo("NP-1");
    assertThat(entry.getTaskId()).isEqualTo("task-1");
    assertThat(entry.getSubject()).isEqualTo("転倒転落リスク評価");
    assertThat(entry.getReason()).isEqualTo("問題なし");
    assertThat(entry.getDetail()).isEqualTo("詳細");
    assertThat(entry.getOccurredAt()).isBetween(before, Instant.now().plus(Duration.ofMillis(1)));
    assertThat(jdbc.queryForObject("select occurred_at from audit_entry where process_instance_id = ?",
        LocalDateTime.class, caseId)).isEqualTo(LocalDateTime.ofInstant(entry.getOccurredAt(), ZoneOffset.UTC));
  }

  @Test
  @DisplayName("長すぎる理由は列の長さで切られ、省略記号で終わる")
  void aTooLongReasonIsCutToItsColumn() {
    transaction.executeWithoutResult(status -> trail.record("director", "PURPOSE_REJECTED",
        new CaseRef(caseId, null, null), null, "理".repeat(5000), null));

    assertThat(trail.ofCase(caseId).get(0).getReason()).hasSize(4000).endsWith("…");
  }

  @Test
  @DisplayName("決定の記録は決定のトランザクションの中でしか書けない")
  void aDecisionIsRecordedOnlyInsideItsTransaction() {
    assertThatThrownBy(() -> trail.record("director", "PURPOSE_APPROVED", new CaseRef(caseId, null, null), null,
        "承認", null)).isInstanceOf(IllegalTransactionStateException.class);
    assertThat(trail.ofCase(caseId)).isEmpty();
  }
}
