package jp.mamori.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.outsourcing.registry.Breach;
import jp.mamori.outsourcing.registry.CheckDue;
import jp.mamori.outsourcing.registry.Contract;
import jp.mamori.outsourcing.registry.ContractCheck;
import jp.mamori.outsourcing.registry.ContractStatus;
import jp.mamori.outsourcing.registry.ContractorStatus;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/outsourcingBreach.bpmn (第25条4; Keio 21-3(2)): the information manager reports and
 * decides each measure — explanation and improvement, suspension, termination — in consultation with the supervising
 * manager, whose agreement is recorded (or who sends it back), the contractor's explanation, the follow-up check on its day, resolved or
 * not (back to the measures); a report on an unknown contract is refused.
 */
class OutsourcingBreachProcessTest extends OutsourcingTestBase {

  @Test
  void improvementRequestedExplainedAndResolvedAtTheFollowUp() {
    String key = concludedContract(uniqueName("改善要求社"), LocalDate.now(clock), null);
    ProcessInstance breach = report(key, "委託先の作業端末に患者データが残っていた");
    assertThat(breach).isWaitingAt("Task_DecideMeasures").task().hasCandidateGroup("information-manager");
    assertThat(runtimeService.getVariable(breach.getId(), "reportedBy")).isEqualTo("records-manager");

    LocalDate followUpOn = calendar.addBusinessDays(LocalDate.now(clock), 15);
    decide(breach, "improvement", "説明と改善計画を求める", followUpOn);
    runAsync(breach);
    assertThat(contractors.ofCase(key).getStatus()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(breach).isWaitingAt("Task_Explanation").task().hasCandidateGroup("information-manager");
    explain(breach);

    Job followUp = job(breach, "Timer_FollowUp");
    assertThat(LocalDate.ofInstant(followUp.getDuedate().toInstant(), clock.getZone())).isEqualTo(followUpOn);
    managementService.executeJob(followUp.getId());
    assertThat(breach).isWaitingAt("Task_FollowUp").task().hasCandidateGroup("supervising-manager");
    followUp(breach, "resolved", "端末の消去手順を確認した");

    assertThat(breach).isEnded().hasPassed("End_Resolved");
    Breach record = contractors.breach(breach.getBusinessKey());
    assertThat(record.getStatus()).isEqualTo("RESOLVED");
    assertThat(record.getMeasure()).isEqualTo("improvement");
    assertThat(record.getDecidedBy()).isEqualTo("records-manager");
    assertThat(record.getAgreedBy()).isEqualTo("privacy-lead");
    assertThat(record.getAgreementNotes()).isEqualTo("措置に同意する");
    assertThat(record.getContractorExplanation()).contains("改善計画");
    assertThat(contractors.detail(contractors.ofCase(key).getContractorId()).orElseThrow().checks())
        .extracting(c -> c.getKind() + ":" + c.getResult()).containsExactly("FOLLOW_UP:RESOLVED");
  }

  @Test
  void suspensionUntilTheFollowUpFindsItResolvedThenTheContractIsActiveAgain() {
    String key = concludedContract(uniqueName("業務停止社"), LocalDate.now(clock), null);
    ProcessInstance breach = report(key, "監査の受入れを拒否した");
    decide(breach, "suspension", "改善まで業務を停止させる", null);
    runAsync(breach);
    Contract contract = contractors.ofCase(key);
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.SUSPENDED);
    assertThat(contractors.contractorOf(contract).getStatus()).isEqualTo(ContractorStatus.SUSPENDED);
    // no date given: the configured business days ahead
    assertThat(contractors.breach(breach.getBusinessKey()).getFollowUpOn())
        .isEqualTo(calendar.addBusinessDays(LocalDate.now(clock), settings.getFollowUpDays()));

    explain(breach);
    managementService.executeJob(job(breach, "Timer_FollowUp").getId());
    followUp(breach, "resolved", "監査を実施できた");
    assertThat(breach).isEnded();
    assertThat(contractors.ofCase(key).getStatus()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contractors.contractorOf(contract).getStatus()).isEqualTo(ContractorStatus.ACTIVE);
  }

  @Test
  void anUnresolvedFollowUpGoesBackToTheMeasuresAndTerminationEndsTheContractAndItsChecks() {
    String key = concludedContract(uniqueName("契約解除社"), LocalDate.now(clock), null);
    ProcessInstance checks = periodicCheckOf(key);
    ProcessInstance breach = report(key, "無許可の再委託(慶應22条違反)");
    decide(breach, "suspension", "停止", null);
    runAsync(breach);
    explain(breach);
    managementService.executeJob(job(breach, "Timer_FollowUp").getId());
    followUp(breach, "unresolved", "再委託先との契約が続いている");

    assertThat(breach).isWaitingAt("Task_DecideMeasures");
    assertThat(runtimeService.getVariable(breach.getId(), "followUpReason")).isEqualTo("再委託先との契約が続いている");
    long directorUnread = notifications.unreadCount("director");
    decide(breach, "termination", "改善の見込みがないため契約を解除する", null);
    runAsync(breach);

    assertThat(breach).isEnded().hasPassed("End_Terminated");
    Contract contract = contractors.ofCase(key);
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.TERMINATED);
    assertThat(contract.getEndedAt()).isNotNull();
    assertThat(contractors.contractorOf(contract).getStatus()).isEqualTo(ContractorStatus.TERMINATED);
    assertThat(checks).isEnded().hasPassed("End_ContractEnded");
    assertThat(notifications.unreadCount("director")).isGreaterThan(directorUnread);
    assertThat(contractors.checksDue()).extracting(CheckDue::contractKey).doesNotContain(key);
    assertThat(contractors.detail(contract.getContractorId()).orElseThrow().checks())
        .extracting(ContractCheck::getResult).containsExactly("UNRESOLVED");
  }

  @Test
  @DisplayName("第25条4: the information manager who found the breach decides the measure; nothing happens until the supervising manager agrees")
  void theFinderDecidesAndTheSupervisingManagerAgreesOrSendsItBack() {
    String key = concludedContract(uniqueName("協議社"), LocalDate.now(clock), null);
    ProcessInstance breach = report(key, "委託先が監査を拒否した");
    propose(breach, "suspension", "改善まで停止", null);
    assertThat(breach).isWaitingAt("Task_AgreeMeasures").task().hasCandidateGroup("supervising-manager");
    // not yet in effect
    assertThat(contractors.ofCase(key).getStatus()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contractors.breach(breach.getBusinessKey()).getStatus()).isEqualTo("REPORTED");
    assertThatThrownBy(() -> complete(privacyLead, breach, Map.of("agreementDecision", "agree"), "agree", null))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.agreementNotes");
    runJob(breach, "Timer_AgreeReminder");

    complete(privacyLead, breach, Map.of("agreementDecision", "disagree", "agreementNotes",
        "停止は重すぎる。まず説明と改善を求めること"), "disagree", null);
    assertThat(breach).isWaitingAt("Task_DecideMeasures");
    assertThat(contractors.ofCase(key).getStatus()).isEqualTo(ContractStatus.ACTIVE);
    propose(breach, "improvement", "説明と改善計画を求める", null);
    complete(privacyLead, breach, Map.of("agreementDecision", "agree", "agreementNotes", "改善要求で合意した"),
        "agree", null);
    runAsync(breach);
    Breach record = contractors.breach(breach.getBusinessKey());
    assertThat(record.getMeasure()).isEqualTo("improvement");
    assertThat(record.getDecidedBy()).isEqualTo("records-manager");
    assertThat(record.getAgreedBy()).isEqualTo("privacy-lead");
    assertThat(record.getAgreedAt()).isNotNull();
    assertThat(record.getAgreementNotes()).isEqualTo("改善要求で合意した");
    assertThat(breach).isWaitingAt("Task_Explanation");
  }

  @Test
  @DisplayName("第25条4: who decided the measure cannot also agree to it")
  void theOneWhoDecidedCannotAgree() {
    String key = concludedContract(uniqueName("兼務社"), LocalDate.now(clock), null);
    StaffPrincipal dual = dualRoleUser("ob-dual-role", "information-manager", "supervising-manager");
    ProcessInstance breach = procedures.start(dual, "outsourcingBreach", reportVars(key, "兼務者の報告"));
    complete(dual, breach, measures("improvement", "改善を求める", null), "improvement", null);
    assertThatThrownBy(() -> complete(dual, breach, Map.of("agreementDecision", "agree", "agreementNotes", "同意"),
        "agree", null)).isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    assertThat(breach).isWaitingAt("Task_AgreeMeasures");
  }

  @Test
  void aReportOnAContractNotInForceIsRefusedAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("outsourcingBreach").count();
    assertThatThrownBy(() -> procedures.start(recordsManager, "outsourcingBreach",
        reportVars("OC-20990101-ABCDEF", "存在しない契約")))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.notInForce");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("outsourcingBreach").count())
        .isEqualTo(before);
  }

  @Test
  void aBreachFoundInACheckIsReportedByAnInformationManagerWhoMayThenDecideIt() {
    String key = concludedContract(uniqueName("確認で発見社"), LocalDate.now(clock).minusYears(1), null);
    ProcessInstance checks = periodicCheckOf(key);
    managementService.executeJob(job(checks, "Timer_CheckOpens").getId());
    complete(privacyLead, checks, Map.of("checkDecision", "breach", "checkReason", "報告書が未提出"), "breach",
        "報告書が未提出");
    runAsync(checks);
    ProcessInstance breach = runtimeService.createProcessInstanceQuery().processDefinitionKey("outsourcingBreach")
        .variableValueEquals("contractKey", key).singleResult();
    complete(recordsManager, breach, Map.of("foundOn", LocalDate.now(clock).toString(),
        "breachDescription", "安全管理の報告書が期限を過ぎても未提出"), null, null);

    assertThat(breach).isWaitingAt("Task_DecideMeasures");
    assertThat(runtimeService.getVariable(breach.getId(), "reportedBy")).isEqualTo("records-manager");
    assertThat(contractors.breach(breach.getBusinessKey()).getDescription()).contains("未提出");
  }

  @Test
  void aFollowUpDateInThePastOrAnUnknownMeasureIsRefusedAndTheTaskStaysOpen() {
    String key = concludedContract(uniqueName("日付誤り社"), LocalDate.now(clock), null);
    ProcessInstance breach = report(key, "鍵の管理簿が未記入");
    assertThatThrownBy(() -> decide(breach, "improvement", "改善を求める", LocalDate.now(clock).minusDays(1)))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.followUpPast");
    assertThatThrownBy(() -> decide(breach, "warning", "口頭注意", null))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.decision");
    assertThat(breach).isWaitingAt("Task_DecideMeasures");
    assertThat(contractors.breach(breach.getBusinessKey()).getStatus()).isEqualTo("REPORTED");
  }

  private ProcessInstance report(String contractKey, String description) {
    return procedures.start(recordsManager, "outsourcingBreach", reportVars(contractKey, description));
  }

  private Map<String, Object> reportVars(String contractKey, String description) {
    return new HashMap<>(Map.of("contractKey", contractKey, "foundOn", LocalDate.now(clock).toString(),
        "breachDescription", description));
  }

  private Map<String, Object> measures(String measure, String reason, LocalDate followUpOn) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("consultationNotes", "個人情報管理者と協議した");
    vars.put("measureDecision", measure);
    vars.put("measureReason", reason);
    vars.put("followUpOn", followUpOn == null ? null : followUpOn.toString());
    return vars;
  }

  private void decide(ProcessInstance breach, String measure, String reason, LocalDate followUpOn) {
    propose(breach, measure, reason, followUpOn);
    complete(privacyLead, breach, Map.of("agreementDecision", "agree", "agreementNotes", "措置に同意する"), "agree",
        null);
  }

  /** 第25条4: the information manager responsible (here the one who found it) decides the measure. */
  private void propose(ProcessInstance breach, String measure, String reason, LocalDate followUpOn) {
    complete(recordsManager, breach, measures(measure, reason, followUpOn), measure, reason);
  }

  private void explain(ProcessInstance breach) {
    complete(recordsManager, breach, Map.of("contractorExplanation", "担当者の手順違反",
        "improvementPlan", "作業後の消去確認を二人で行う"), null, null);
  }

  private void followUp(ProcessInstance breach, String decision, String reason) {
    complete(privacyLead, breach, Map.of("followUpDecision", decision, "followUpReason", reason), decision, reason);
  }
}
