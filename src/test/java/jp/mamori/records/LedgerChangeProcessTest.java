package jp.mamori.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.LedgerEdit;
import jp.mamori.ledger.LedgerEditVariables;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.notification.Notifications;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.Rest;
import jp.mamori.trail.AuditEntryRepository;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第5条・第21–24条: the supervising manager decides storage, retention, disposal and the information manager of an
 * entry; the information manager proposes a change, which the supervising manager — never the proposer —
 * approves, with the trail. 第24条: no entry is active without a disposal method.
 */
class LedgerChangeProcessTest extends RecordsTestBase {

  @Autowired AuditEntryRepository auditEntries;
  @Autowired Notifications notifications;

  @Test
  @DisplayName("第5条・第23–24条: the supervising manager approves the information manager's proposal; the ledger changes")
  void approvedProposalChangesTheLedger() {
    LedgerEntry draft = ledger.add(unique("新生児聴覚検査の記録"), "NURSING",
        e -> e.keeping("看護部 棚A", "lockedCabinet", Retention.years(5, RetentionEvent.CREATED,
            LocalDate.now(clock)), null));
    assertThat(draft.getStatus()).isEqualTo(LedgerStatus.DRAFT);
    LocalDate lastVisit = LocalDate.now(clock).minusMonths(2);
    long unread = notifications.unreadCount("records-manager");

    ProcessInstance instance = start(user("records-manager"), "ledgerChange", LedgerEditVariables.of(draft.getId(),
        proposal("看護部 書庫 棚B", Retention.years(5, RetentionEvent.LAST_VISIT, lastVisit),
            DisposalMethod.DISSOLVING)));
    assertThat(ledger.entry(draft.getId()).orElseThrow().getStoragePlace()).isEqualTo("看護部 棚A");
    assertThat(runtimeService.getVariable(instance.getId(), "proposedSummary").toString())
        .contains("看護部 書庫 棚B", "最終受診日", "溶解");

    complete(user("privacy-lead"), instance, Map.of("reviewDecision", "approve", "reviewComment", "了承"),
        "approve", null);

    LedgerEntry changed = ledger.entry(draft.getId()).orElseThrow();
    assertThat(changed.getStoragePlace()).isEqualTo("看護部 書庫 棚B");
    assertThat(changed.getRetainUntil()).isEqualTo(lastVisit.plusYears(5));
    assertThat(changed.getDisposalMethod()).isEqualTo(DisposalMethod.DISSOLVING);
    assertThat(changed.getStatus()).isEqualTo(LedgerStatus.ACTIVE);
    assertThat(auditEntries.findByActorAndActionOrderByOccurredAtDesc("privacy-lead", "LEDGER_CHANGE_APPROVED"))
        .first().satisfies(e -> assertThat(e.getDetail()).contains("看護部 書庫 棚B"));
    assertThat(decisions(instance)).containsExactly("privacy-lead:decision=approve");
    assertThat(notifications.unreadCount("records-manager")).isGreaterThan(unread);
  }

  @Test
  @DisplayName("第5条: a refused proposal leaves the ledger as it was")
  void refusedProposalLeavesTheLedger() {
    LedgerEntry entry = expiredEntry("麻酔記録の控え", DisposalMethod.SHREDDING);
    ProcessInstance instance = start(user("records-manager"), "ledgerChange", LedgerEditVariables.of(entry.getId(),
        proposal("別棟 倉庫", Retention.permanent("院内方針"), DisposalMethod.SHREDDING)));

    complete(user("privacy-lead"), instance, Map.of("reviewDecision", "refuse", "reviewComment", "永年保存の根拠が弱い"),
        "refuse", null);

    LedgerEntry same = ledger.entry(entry.getId()).orElseThrow();
    assertThat(same.getStoragePlace()).isEqualTo("医事課 書庫");
    assertThat(same.getRetention().permanent()).isFalse();
  }

  @Test
  @DisplayName("第22条3・第24条: only the entry's information manager proposes, and never without a disposal method")
  void onlyTheEntrysManagerProposesACompleteChange() {
    LedgerEntry entry = expiredEntry("病棟日誌", DisposalMethod.SHREDDING);
    StaffPrincipal other = dualUser("other-manager", "information-manager");
    assertThatThrownBy(() -> start(other, "ledgerChange", LedgerEditVariables.of(entry.getId(),
        proposal("棚", Retention.years(3, RetentionEvent.CREATED, LocalDate.now(clock)), DisposalMethod.SHREDDING))))
        .isInstanceOf(ActionRefused.class).hasMessage("ledger.error.notManager");
    assertThatThrownBy(() -> start(user("records-manager"), "ledgerChange", LedgerEditVariables.of(entry.getId(),
        proposal("棚", Retention.years(3, RetentionEvent.CREATED, LocalDate.now(clock)), null))))
        .isInstanceOf(ActionRefused.class).hasMessage("ledger.error.disposalMethod");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ledgerChange")
        .variableValueEquals("entryId", entry.getId()).count()).isZero();
  }

  @Test
  @DisplayName("第5条: the proposer cannot approve their own change, in the app or over /engine-rest (four-eyes)")
  void theProposerCannotApprove() {
    StaffPrincipal dual = dualUser("dual-ledger", "information-manager", "supervising-manager");
    LedgerEntry entry = expiredEntry("兼務者の台帳", DisposalMethod.SHREDDING);
    ledger.assignManager(entry.getId(), dual.userId());
    ProcessInstance instance = start(dual, "ledgerChange", LedgerEditVariables.of(entry.getId(),
        new LedgerEdit(dual.userId(), null, null, "自分で決めた棚",  "lockedCabinet",
            Retention.years(10, RetentionEvent.CREATED, LocalDate.now(clock)), DisposalMethod.SHREDDING,
            "保存期間を延ばす")));
    Task review = task(instance);

    assertThatThrownBy(() -> complete(dual, review, Map.of("reviewDecision", "approve", "reviewComment", "可"),
        "approve", null)).isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    HttpResponse<String> overRest = Rest.as(baseUrl(), dual.userId(), "demo").post(
        "/task/" + review.getId() + "/complete", "{\"variables\":{\"reviewDecision\":{\"value\":\"approve\"},"
            + "\"reviewComment\":{\"value\":\"可\"}}}");
    assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(403);
    assertThat(overRest.body()).contains("FourEyesViolation");
    assertThat(ledger.entry(entry.getId()).orElseThrow().getStoragePlace()).isEqualTo("医事課 書庫");

    complete(user("privacy-lead"), review, Map.of("reviewDecision", "approve", "reviewComment", "了承"), "approve",
        null);
    assertThat(ledger.entry(entry.getId()).orElseThrow().getStoragePlace()).isEqualTo("自分で決めた棚");
  }

  @Test
  @DisplayName("第5条: a proposal started over /engine-rest is checked by the same rule (not the entry's manager: refused)")
  void aProposalOverRestMeetsTheSameRule() {
    LedgerEntry entry = expiredEntry("REST 提案の台帳", DisposalMethod.SHREDDING);
    dualUser("rest-manager", "information-manager");
    HttpResponse<String> overRest = Rest.as(baseUrl(), "rest-manager", "demo").post(
        "/process-definition/key/ledgerChange/start", "{\"variables\":{"
            + "\"entryId\":{\"value\":" + entry.getId() + "},"
            + "\"informationManager\":{\"value\":\"rest-manager\"},"
            + "\"storagePlace\":{\"value\":\"棚\"},"
            + "\"retentionFrom\":{\"value\":\"CREATED\"},\"retentionYears\":{\"value\":3},"
            + "\"retentionFromDate\":{\"value\":\"" + LocalDate.now(clock) + "\"},"
            + "\"disposalMethod\":{\"value\":\"SHREDDING\"},\"changeReason\":{\"value\":\"乗っ取り\"}}}");
    assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(403);
    assertThat(overRest.body()).contains("ActionRefused");
  }

  private LedgerEdit proposal(String place, Retention retention, DisposalMethod method) {
    return new LedgerEdit("records-manager", null, null, place, "lockedCabinet", retention, method, "書庫の整理");
  }
}
