package jp.mamori.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.outsourcing.registry.ContractorDetail;
import jp.mamori.outsourcing.registry.Subcontract;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/outsourcingReoutsourcing.bpmn (Keio 22: no re-outsourcing without prior permission):
 * permitted, refused, four-eyes on the permission, the reminder, and a request under a contract not in force.
 */
class OutsourcingReoutsourcingProcessTest extends OutsourcingTestBase {

  @Test
  void permittedByTheTotalManagerAndKeptInTheRegistry() {
    String key = concludedContract(uniqueName("再委託許可社"), LocalDate.now(clock), null);
    ProcessInstance request = request(privacyLead, key, "印刷協力会社");
    assertThat(request).isWaitingAt("Task_Permit").task().hasCandidateGroup("total-manager");
    assertThat(runtimeService.getVariable(request.getId(), "contractorName")).asString().startsWith("再委託許可社");

    complete(director, request, Map.of("permitDecision", "permit", "permitReason", "同等の安全管理を確認"),
        "permit", "同等の安全管理を確認");
    long leadUnread = notifications.unreadCount("privacy-lead");
    runAsync(request);
    assertThat(request).isEnded().hasPassed("End_Permitted");
    assertThat(notifications.unreadCount("privacy-lead")).isEqualTo(leadUnread + 1);
    ContractorDetail detail = contractors.detail(contractors.ofCase(key).getContractorId()).orElseThrow();
    assertThat(detail.subcontracts()).singleElement().satisfies(s -> {
      assertThat(s.getStatus()).isEqualTo("PERMITTED");
      assertThat(s.getSubcontractor()).isEqualTo("印刷協力会社");
      assertThat(s.getDecidedBy()).isEqualTo("director");
    });
  }

  @Test
  void refusedByTheTotalManager() {
    String key = concludedContract(uniqueName("再委託不許可社"), LocalDate.now(clock), null);
    ProcessInstance request = request(privacyLead, key, "海外の下請け");
    complete(director, request, Map.of("permitDecision", "refuse", "permitReason", "国外への移転は認めない"),
        "refuse", "国外への移転は認めない");
    runAsync(request);
    assertThat(request).isEnded().hasPassed("End_Refused");
    assertThat(contractors.detail(contractors.ofCase(key).getContractorId()).orElseThrow().subcontracts())
        .extracting(Subcontract::getStatus).containsExactly("REFUSED");
  }

  @Test
  void theFilerCannotPermitTheirOwnRequest() {
    String key = concludedContract(uniqueName("再委託兼務社"), LocalDate.now(clock), null);
    StaffPrincipal dual = dualRoleUser("ro-dual-role", "supervising-manager", "total-manager");
    ProcessInstance request = request(dual, key, "兼務の再委託先");
    assertThatThrownBy(() -> actions.complete(dual, task(request).getId(),
        Map.of("permitDecision", "permit", "permitReason", "自分で許可"), "permit", null))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    assertThat(request).isWaitingAt("Task_Permit");
  }

  @Test
  void anIdlePermissionIsReminded() {
    String key = concludedContract(uniqueName("再委託督促社"), LocalDate.now(clock), null);
    ProcessInstance request = request(privacyLead, key, "督促の再委託先");
    long directorUnread = notifications.unreadCount("director");
    managementService.executeJob(job(request, "Timer_PermitReminder").getId());
    assertThat(notifications.unreadCount("director")).isEqualTo(directorUnread + 1);
  }

  @Test
  void aRequestUnderAContractNotInForceIsRefused() {
    ProcessInstance underReview = fileIntent(privacyLead, uniqueName("未締結社"));
    assertThatThrownBy(() -> request(privacyLead, underReview.getBusinessKey(), "未締結の再委託先"))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.notActive");
  }

  private ProcessInstance request(StaffPrincipal by, String contractKey, String subcontractor) {
    return procedures.start(by, "outsourcingReoutsourcing", new HashMap<>(Map.of("contractKey", contractKey,
        "subcontractorName", subcontractor, "subcontractScope", "診療明細の印刷と封入",
        "subcontractSafeguards", "誓約書・入退室管理・作業後の廃棄証明")));
  }
}
