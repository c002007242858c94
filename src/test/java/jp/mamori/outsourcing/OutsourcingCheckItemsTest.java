package jp.mamori.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.outsourcing.registry.ContractCheck;
import jp.mamori.testing.Rest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 item 12 (第25条3): a periodic check records each item checked, its result and evidence; a
 * "conforming" check with nothing checked is refused on every channel, /engine-rest included.
 */
class OutsourcingCheckItemsTest extends OutsourcingTestBase {

  @Test
  @DisplayName("第25条3: the periodic check records each item checked, its result and its evidence")
  void theCheckRecordsEachItemWithItsResultAndEvidence() {
    ProcessInstance checks = openCheck("確認項目社");
    Map<String, Object> values = new HashMap<>(Map.of("checkDecision", "conforming", "checkReason", "適切",
        "itemPledges", "conforming", "evidencePledges", "誓約書2名分(2026-11-01付)", "itemAudit", "conforming"));
    // an item checked without its evidence
    assertThatThrownBy(() -> complete(privacyLead, checks, values, "conforming", null))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.checkEvidence");
    values.put("evidenceAudit", "2026-10-15 立入り監査の報告書");
    // "conforming" while an item does not conform
    Map<String, Object> contradicting = new HashMap<>(values);
    contradicting.put("itemCustody", "nonconforming");
    contradicting.put("evidenceCustody", "保管庫が施錠されていなかった");
    assertThatThrownBy(() -> complete(privacyLead, checks, contradicting, "conforming", null))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.conformingWithNonconformity");
    assertThat(checks).isWaitingAt("Task_PeriodicCheck");

    complete(privacyLead, checks, values, "conforming", "適切");
    String key = checks.getBusinessKey();
    ContractCheck check = contractors.detail(contractors.ofCase(key).getContractorId()).orElseThrow().checks()
        .get(0);
    assertThat(check.getResult()).isEqualTo("CONFORMING");
    assertThat(check.getCheckedItems()).contains("従業者の誓約書(第20条3): 適合 — 誓約書2名分")
        .contains("監査・立入りの受入れ(第25条2(2)ホ): 適合 — 2026-10-15 立入り監査の報告書")
        .doesNotContain("保管・管理の方法");
  }

  @Test
  @DisplayName("第25条3: a \"conforming\" check with nothing checked is refused, in the app and over /engine-rest")
  void aConformingCheckWithNothingCheckedIsRefusedOnEveryChannel() {
    ProcessInstance checks = openCheck("未確認社");
    assertThatThrownBy(() -> complete(privacyLead, checks, Map.of("checkDecision", "conforming", "checkReason",
        "問題なし"), "conforming", null)).isInstanceOf(ActionRefused.class)
        .hasMessage("outsourcing.error.nothingChecked");

    HttpResponse<String> response = Rest.as(baseUrl(), "privacy-lead", "demo").post(
        "/task/" + task(checks).getId() + "/complete", "{\"variables\":{"
            + "\"checkDecision\":{\"value\":\"conforming\"},\"checkReason\":{\"value\":\"問題なし\"}}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("outsourcing.error.nothingChecked");
    assertThat(checks).isWaitingAt("Task_PeriodicCheck");
    assertThat(contractors.detail(contractors.ofCase(checks.getBusinessKey()).getContractorId()).orElseThrow()
        .checks()).isEmpty();
  }

  @Test
  @DisplayName("第25条3: a term ending before the first regular check is warned at conclusion; the first check falls inside the term")
  void theFirstCheckFallsInsideAShortTerm() {
    ProcessInstance instance = fileIntent(privacyLead, uniqueName("短期契約社"));
    interview(instance);
    pledges(instance, "短期 花子");
    draft(instance, OutsourcingTestBase.allClauses());
    decide(director, instance, "consent", "可");
    LocalDate termStart = LocalDate.now(clock);
    LocalDate termEnd = termStart.plusMonths(6);
    long before = notifications.unreadCount("privacy-lead");
    complete(privacyLead, instance, Map.of("signedOn", termStart.toString(), "termStart", termStart.toString(),
        "termEnd", termEnd.toString(), "renewal", "none"), null, null);
    runAsync(instance);
    assertThat(notifications.unreadCount("privacy-lead")).isGreaterThan(before);
    assertThat(notifications.latestFor("privacy-lead", 3)).anySatisfy(n -> assertThat(n.getTitle())
        .contains("定期確認の時期に注意"));
    var contract = contractors.ofCase(instance.getBusinessKey());
    assertThat(contract.getNextCheckDue()).isBeforeOrEqualTo(termEnd).isAfterOrEqualTo(termStart);
    assertThat(contract.getNextCheckOpens()).isBeforeOrEqualTo(contract.getNextCheckDue())
        .isAfterOrEqualTo(termStart);
  }

  @Test
  @DisplayName("第25条3: a contract whose term has not started shows as concluded, not as running")
  void aContractNotYetStartedShowsAsConcluded() {
    String future = concludedContract(uniqueName("開始前社"), LocalDate.now(clock).plusMonths(2), null);
    var detail = contractors.detail(contractors.ofCase(future).getContractorId()).orElseThrow();
    assertThat(detail.statusOf(contractors.ofCase(future))).isEqualTo("CONCLUDED");
    assertThat(detail.contractorStatus()).isEqualTo("CONCLUDED");
    String running = concludedContract(uniqueName("開始済み社"), LocalDate.now(clock).minusDays(1), null);
    var runningDetail = contractors.detail(contractors.ofCase(running).getContractorId()).orElseThrow();
    assertThat(runningDetail.statusOf(contractors.ofCase(running))).isEqualTo("ACTIVE");
    assertThat(runningDetail.contractorStatus()).isEqualTo("ACTIVE");
    var page = jp.mamori.testing.WebSession.loggedIn(baseUrl(), "privacy-lead", "demo")
        .get("/contractor.xhtml?id=" + contractors.ofCase(future).getContractorId());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("締結済み(契約開始前)");
  }

  private ProcessInstance openCheck(String name) {
    String key = concludedContract(uniqueName(name), LocalDate.now(clock).minusYears(1), null);
    ProcessInstance checks = periodicCheckOf(key);
    runJob(checks, "Timer_CheckOpens");
    assertThat(checks).isWaitingAt("Task_PeriodicCheck");
    return checks;
  }
}
