package jp.mamori.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.DisposalRecord;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.EngineErrorLog;
import jp.mamori.testing.Rest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 第23条・第24条 (Keio 37): when an entry's retention ends, the daily scan gives its information manager a disposal
 * task; the records are disposed of by the entry's method with a registered contractor's certificate, or kept
 * longer when the supervising manager — never the one who asked — approves. 第22条2: a copy is disposed of on its own.
 */
class RecordDisposalProcessTest extends RecordsTestBase {

  @Test
  @DisplayName("第24条: the information manager disposes with a registered contractor's certificate; the entry records it")
  void disposeWithCertificate() {
    LedgerEntry entry = expiredEntry("外来受付票(2020年度)", DisposalMethod.DISSOLVING);
    String contractor = registeredContractor();

    ProcessInstance instance = scanFor(entry);
    Task task = task(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Dispose");
    assertThat(task.getAssignee()).isEqualTo("records-manager");
    assertThat(instance.getBusinessKey()).startsWith("RD-");
    assertThat(ledger.entry(entry.getId()).orElseThrow().getDisposalCaseKey()).isEqualTo(instance.getBusinessKey());
    // the next day's scan does not open a second case for the same entry
    runScan();
    assertThat(casesOf(entry)).hasSize(1);

    complete(user("records-manager"), task, dispose(contractor, "CERT-2026-0042"), "dispose", null);

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance).isEnded();
    LedgerEntry disposed = ledger.entry(entry.getId()).orElseThrow();
    assertThat(disposed.getStatus()).isEqualTo(LedgerStatus.DISPOSED);
    assertThat(ledger.records(entry.getId())).singleElement().satisfies(r -> {
      assertThat(r.getOutcome()).isEqualTo(DisposalRecord.Outcome.DISPOSED);
      assertThat(r.getMethod()).isEqualTo(DisposalMethod.DISSOLVING);
      assertThat(r.getPerformedBy()).isEqualTo("records-manager");
      assertThat(r.getContractorName()).isEqualTo(contractor);
      assertThat(r.getCertificateNo()).isEqualTo("CERT-2026-0042");
      assertThat(r.getDisposedOn()).isEqualTo(LocalDate.now(clock));
      assertThat(r.getCaseKey()).isEqualTo(instance.getBusinessKey());
    });
    assertThat(trail.ofCase(instance.getId())).extracting(e -> e.getActor() + ":" + e.getAction())
        .contains("records-manager:TASK_COMPLETED");
  }

  @Test
  @DisplayName("第24条: a contractor that is not registered (or no certificate) is refused, in the app and over REST")
  void unregisteredContractorRefused() {
    LedgerEntry entry = expiredEntry("検査結果票の控え", DisposalMethod.SHREDDING);
    ProcessInstance instance = scanFor(entry);
    StaffPrincipal manager = user("records-manager");

    List<String> engineErrors = EngineErrorLog.during(() -> {
      assertThatThrownBy(() -> complete(manager, task(instance), dispose("無登録の回収業者", "X-1"), "dispose", null))
          .isInstanceOf(ActionRefused.class).hasMessage("disposal.error.contractor");
      HttpResponse<String> overRest = Rest.as(baseUrl(), "records-manager", "demo").post(
          "/task/" + task(instance).getId() + "/complete", "{\"variables\":{"
              + "\"disposalDecision\":{\"value\":\"dispose\"},\"disposedOn\":{\"value\":\"" + LocalDate.now(clock)
              + "\"},\"contractorName\":{\"value\":\"無登録の回収業者\"},\"certificateNo\":{\"value\":\"X-1\"}}}");
      assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(403);
      assertThat(overRest.body()).contains("ActionRefused");
    });
    // the refusal is the user's input, answered on both channels: no server error for an operator's alert
    assertThat(engineErrors).isEmpty();

    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("Task_Dispose");
    assertThat(ledger.entry(entry.getId()).orElseThrow().getStatus()).isEqualTo(LedgerStatus.ACTIVE);
    assertThat(ledger.records(entry.getId())).isEmpty();
  }

  @Test
  @DisplayName("第24条: electronic media are wiped and then destroyed; both steps are confirmed")
  void electronicMediaNeedBothSteps() {
    LedgerEntry entry = expiredEntry("検査装置の画像ディスク", DisposalMethod.WIPE_AND_DESTROY);
    String contractor = registeredContractor();
    ProcessInstance instance = scanFor(entry);
    Map<String, Object> onlyWiped = new java.util.HashMap<>(dispose(contractor, "E-7"));
    onlyWiped.put("mediaSteps", List.of("wiped"));

    assertThatThrownBy(() -> complete(user("records-manager"), task(instance), onlyWiped, "dispose", null))
        .isInstanceOf(ActionRefused.class).hasMessage("disposal.error.media");

    onlyWiped.put("mediaSteps", List.of("wiped", "destroyed"));
    complete(user("records-manager"), task(instance), onlyWiped, "dispose", null);
    assertThat(ledger.entry(entry.getId()).orElseThrow().getStatus()).isEqualTo(LedgerStatus.DISPOSED);
  }

  @Test
  @DisplayName("第24条: an extension approved by the supervising manager keeps the records longer, recorded")
  void extensionApproved() {
    LedgerEntry entry = expiredEntry("訴訟関連の診療記録", DisposalMethod.DISSOLVING);
    ProcessInstance instance = scanFor(entry);

    complete(user("records-manager"), instance, extend(3, "係争中のため保存を続ける"), "extend", null);
    Task approval = task(instance);
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ApproveExtension");
    complete(user("privacy-lead"), approval, Map.of("extensionDecision", "approve",
        "extensionComment", "係争の終結まで保存"), "approve", null);

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance).isEnded();
    LedgerEntry kept = ledger.entry(entry.getId()).orElseThrow();
    assertThat(kept.getStatus()).isEqualTo(LedgerStatus.ACTIVE);
    assertThat(kept.getRetainUntil()).isEqualTo(LocalDate.now(clock).plusYears(3));
    assertThat(kept.getDisposalCaseKey()).isNull();
    assertThat(ledger.records(entry.getId())).singleElement().satisfies(r -> {
      assertThat(r.getOutcome()).isEqualTo(DisposalRecord.Outcome.EXTENDED);
      assertThat(r.getPerformedBy()).isEqualTo("records-manager");
      assertThat(r.getApprovedBy()).isEqualTo("privacy-lead");
      assertThat(r.getReason()).isEqualTo("係争中のため保存を続ける");
      assertThat(r.getNewUntil()).isEqualTo(LocalDate.now(clock).plusYears(3));
    });
    // no longer expired: the next scan leaves it alone
    runScan();
    assertThat(casesOf(entry)).isEmpty();
  }

  @Test
  @DisplayName("第24条: a refused extension goes back to the information manager, who then disposes")
  void extensionRefused() {
    LedgerEntry entry = expiredEntry("旧診察券の控え", DisposalMethod.SHREDDING);
    String contractor = registeredContractor();
    ProcessInstance instance = scanFor(entry);

    complete(user("records-manager"), instance, extend(1, "念のため"), "extend", null);
    complete(user("privacy-lead"), instance, Map.of("extensionDecision", "refuse",
        "extensionComment", "保存する理由がない"), "refuse", null);

    Task again = task(instance);
    assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_Dispose");
    assertThat(again.getAssignee()).isEqualTo("records-manager");
    assertThat(runtimeService.getVariable(instance.getId(), "extensionComment")).isEqualTo("保存する理由がない");
    assertThat(ledger.records(entry.getId())).isEmpty();
    assertThat(ledger.entry(entry.getId()).orElseThrow().getRetainUntil()).isBefore(LocalDate.now(clock));

    complete(user("records-manager"), again, dispose(contractor, "C-9"), "dispose", null);
    assertThat(ledger.entry(entry.getId()).orElseThrow().getStatus()).isEqualTo(LedgerStatus.DISPOSED);
  }

  @Test
  @DisplayName("第24条: who asked for the extension cannot approve it, in the app or over /engine-rest (four-eyes)")
  void whoAskedCannotApprove() {
    StaffPrincipal dual = dualUser("dual-disposal", "information-manager", "supervising-manager");
    LedgerEntry entry = expiredEntry("兼務者の管理する記録", DisposalMethod.DISSOLVING);
    ledger.assignManager(entry.getId(), dual.userId());
    ProcessInstance instance = scanFor(entry);
    assertThat(task(instance).getAssignee()).isEqualTo(dual.userId());

    complete(dual, instance, extend(2, "監査対応"), "extend", null);
    Task approval = task(instance);
    assertThatThrownBy(() -> complete(dual, approval, Map.of("extensionDecision", "approve",
        "extensionComment", "自分で承認"), "approve", null))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    HttpResponse<String> overRest = Rest.as(baseUrl(), dual.userId(), "demo").post(
        "/task/" + approval.getId() + "/complete", "{\"variables\":{\"extensionDecision\":{\"value\":\"approve\"},"
            + "\"extensionComment\":{\"value\":\"自分で承認\"}}}");
    assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(403);
    assertThat(overRest.body()).contains("FourEyesViolation");
    assertThat(ledger.records(entry.getId())).isEmpty();

    complete(user("privacy-lead"), approval, Map.of("extensionDecision", "approve", "extensionComment", "了承"),
        "approve", null);
    assertThat(ledger.records(entry.getId())).singleElement()
        .satisfies(r -> assertThat(r.getApprovedBy()).isEqualTo("privacy-lead"));
  }

  @Test
  @DisplayName("第22条2: a copy is an entry of its own, linked to the original, and is disposed of on its own")
  void copiesAreEntriesOfTheirOwn() {
    LedgerEntry original = expiredEntry("紹介状の原本", DisposalMethod.DISSOLVING);
    LedgerEntry copy = ledger.copy(user("records-manager"), original.getId(), "地域連携室 棚2", "連携室での照会用");
    String contractor = registeredContractor();

    assertThat(copy.getId()).isNotEqualTo(original.getId());
    assertThat(copy.getCopyOfId()).isEqualTo(original.getId());
    assertThat(copy.getStoragePlace()).isEqualTo("地域連携室 棚2");
    assertThat(copy.getRetainUntil()).isEqualTo(original.getRetainUntil());
    assertThat(copy.getDisposalMethod()).isEqualTo(DisposalMethod.DISSOLVING);
    assertThat(ledger.copiesOf(original.getId())).extracting(LedgerEntry::getId).containsExactly(copy.getId());
    assertThatThrownBy(() -> ledger.copy(user("nurse"), original.getId(), "棚", "理由"))
        .isInstanceOf(ActionRefused.class).hasMessage("ledger.error.notAllowed");

    ProcessInstance originalCase = scanFor(original);
    List<ProcessInstance> copyCases = casesOf(copy);
    assertThat(copyCases).hasSize(1);
    complete(user("records-manager"), originalCase, dispose(contractor, "O-1"), "dispose", null);

    assertThat(ledger.entry(original.getId()).orElseThrow().getStatus()).isEqualTo(LedgerStatus.DISPOSED);
    assertThat(ledger.entry(copy.getId()).orElseThrow().getStatus()).isEqualTo(LedgerStatus.ACTIVE);
    complete(user("records-manager"), copyCases.get(0), dispose(contractor, "O-2"), "dispose", null);
    assertThat(ledger.entry(copy.getId()).orElseThrow().getStatus()).isEqualTo(LedgerStatus.DISPOSED);
    assertThat(ledger.records(copy.getId())).extracting(DisposalRecord::getCertificateNo).containsExactly("O-2");
  }

  /** Runs the daily scan's timer, as the job executor would, and returns the entry's disposal case. */
  private ProcessInstance scanFor(LedgerEntry entry) {
    runScan();
    List<ProcessInstance> cases = casesOf(entry);
    assertThat(cases).hasSize(1);
    return cases.get(0);
  }

  private void runScan() {
    Job timer = managementService.createJobQuery().processDefinitionKey("recordDisposalScan").timers()
        .singleResult();
    managementService.executeJob(timer.getId());
  }

  private List<ProcessInstance> casesOf(LedgerEntry entry) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(DisposalCase.PROCESS)
        .variableValueEquals("entryId", entry.getId()).list();
  }

  private Map<String, Object> dispose(String contractor, String certificate) {
    return Map.of("disposalDecision", "dispose", "disposedOn", LocalDate.now(clock).toString(),
        "contractorName", contractor, "certificateNo", certificate);
  }

  private static Map<String, Object> extend(long years, String reason) {
    return Map.of("disposalDecision", "extend", "extendYears", years, "extendReason", reason);
  }
}
