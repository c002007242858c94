package jp.mamori.request;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.ModelPathTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of processes/patientRequest.bpmn on the in-memory engine, with {@link RequestCase} mocked: the
 * patient's confirmation (kept, withdrawn), the withdrawal at any time, the investigation per ledger entry with its
 * reminder and escalation, the decision of each kind × outcome with its reminder and escalation (overdue), the total
 * manager's refusal (confirmed, returned) or the supervising manager's alone, the fee paid or not, the carrying-out,
 * the letter, the appeal period running out, and the appeal reviewed (upheld, overturned and decided again). What the
 * glue records is PatientRequestProcessTest's.
 */
@Deployment(resources = "processes/patientRequest.bpmn")
class PatientRequestModelPathTest extends ModelPathTest {

  private final RequestCase requestCase = mock(RequestCase.class);
  private final RequestSettings requestSettings = mock(RequestSettings.class);

  @BeforeEach
  void glue() {
    Mocks.register("requestCase", requestCase);
    Mocks.register("requestSettings", requestSettings);
    when(requestSettings.getReviewDays()).thenReturn(3);
    when(requestSettings.isRefusalByTotalManager()).thenReturn(true);
    when(requestSettings.getAppealReviewer()).thenReturn("committee");
    when(requestCase.entries(any())).thenReturn(List.of(1L, 2L));
    when(requestCase.informationManagerOf(any())).thenReturn("records-manager");
    // the deadlines registration sets: investigation reminder < escalation < decision reminder < decision due
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable("investigationDueAt", at(3));
      execution.setVariable("investigationEscalateAt", at(5));
      execution.setVariable("decisionRemindAt", at(7));
      execution.setVariable("decisionDueAt", at(14));
      return null;
    }).when(requestCase).registered(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      task.setVariable("appealUntil", at(90));
      return null;
    }).when(requestCase).replied(any());
  }

  private Date at(int days) {
    return Date.from(now.plus(Duration.ofDays(days)));
  }

  private ProcessInstance register(String kind, boolean needsConfirmation) {
    Map<String, Object> values = new HashMap<>(Map.of("requestKind", kind, "needsConfirmation", needsConfirmation));
    ProcessInstance instance = start("patientRequest", "desk", values);
    verify(requestCase).registered(any());
    return instance;
  }

  private List<Task> open(ProcessInstance instance, String taskKey) {
    return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
  }

  private void investigateAll(ProcessInstance instance) {
    List<Task> tasks = open(instance, "Task_Investigate");
    Assertions.assertThat(tasks).hasSize(2).allSatisfy(t -> Assertions.assertThat(t.getAssignee())
        .isEqualTo("records-manager"));
    tasks.forEach(t -> engine().getTaskService().complete(t.getId(), Map.of("dataFound", "found")));
    verify(requestCase).investigationsDone(any());
  }

  private void decide(ProcessInstance instance, String outcome) {
    assertThat(instance).isWaitingAt("Task_Decide").task().hasCandidateGroup("supervising-manager");
    complete(instance, "Task_Decide", Map.of("requestDecision", outcome));
  }

  private void carryOutAll(ProcessInstance instance) {
    List<Task> tasks = open(instance, "Task_CarryOut");
    Assertions.assertThat(tasks).hasSize(2);
    tasks.forEach(t -> engine().getTaskService().complete(t.getId(), Map.of("changeMade", "訂正した")));
  }

  private void reply(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Task_SendReply").task().hasCandidateGroup("medical-affairs-desk");
    complete(instance, "Task_SendReply", Map.of("replyMethod", "counter"));
    assertThat(instance).isWaitingAt("Gateway_AwaitAppeal");
  }

  /** The appeal period runs out: the case ends answered. */
  private void noAppeal(ProcessInstance instance) {
    run(instance, "Event_AppealPeriodOver");
    assertThat(instance).isEnded().hasPassed("End_Answered");
  }

  @ParameterizedTest(name = "{0} × {1}")
  @CsvSource({
      "disclosure, full, Task_ComputeFee", "disclosure, partial, Task_ComputeFee",
      "correction, full, Task_CarryOut", "correction, partial, Task_CarryOut",
      "suspension, full, Task_CarryOut", "suspension, partial, Task_CarryOut",
      "stopProvision, full, Task_CarryOut", "stopProvision, partial, Task_CarryOut",
      "purposes, full, Gateway_MergeAnswer", "purposes, partial, Gateway_MergeAnswer"})
  @DisplayName("第27条2・第28条2・第29条: 各請求の種類の全部・一部の決定は、開示なら手数料、訂正等なら実施、利用目的なら直ちに回答書へ")
  void grantedEachKind(String kind, String outcome, String carriedBy) {
    ProcessInstance instance = register(kind, false);
    assertThat(instance).hasNotPassed("Task_ConfirmWithPatient");
    investigateAll(instance);
    decide(instance, outcome);
    verify(requestCase).decided(any());
    switch (carriedBy) {
      case "Task_ComputeFee" -> {
        verify(requestCase).feeComputed(any());
        complete(instance, "Task_RecordPayment", Map.of("paymentDecision", "paid"));
      }
      case "Task_CarryOut" -> {
        carryOutAll(instance);
        verify(requestCase, times(2)).carriedOut(any());
      }
      default -> verify(requestCase, never()).feeComputed(any());
    }
    verify(requestCase).letterWritten(any());
    reply(instance);
    noAppeal(instance);
    assertThat(instance).hasPassed(carriedBy, "Task_Letter").hasNotPassed("Task_ConfirmRefusal");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"disclosure", "correction", "suspension", "stopProvision", "purposes"})
  @DisplayName("第27条3・第3条: 拒否は総括個人情報管理者が承認し、手数料も実施もなく回答書へ")
  void refusalConfirmedByTheTotalManager(String kind) {
    ProcessInstance instance = register(kind, false);
    investigateAll(instance);
    decide(instance, "refusal");
    assertThat(instance).isWaitingAt("Task_ConfirmRefusal").task().hasCandidateGroup("total-manager");
    complete(instance, "Task_ConfirmRefusal", Map.of("refusalDecision", "confirm"));
    verify(requestCase).refusalConfirmed(any());
    reply(instance);
    noAppeal(instance);
    assertThat(instance).hasNotPassed("Task_ComputeFee", "Task_CarryOut");
  }

  @Test
  @DisplayName("第3条: 総括個人情報管理者が拒否を差し戻すと、個人情報統括管理者が決定し直す")
  void refusalReturnedIsDecidedAgain() {
    ProcessInstance instance = register("disclosure", false);
    investigateAll(instance);
    decide(instance, "refusal");
    complete(instance, "Task_ConfirmRefusal", Map.of("refusalDecision", "return"));
    decide(instance, "partial");
    assertThat(instance).isWaitingAt("Task_RecordPayment");
  }

  @Test
  @DisplayName("慶應29–32条: 拒否の承認を要しない設定では、個人情報統括管理者の拒否がそのまま回答書になる")
  void refusalBySupervisingManagerAlone() {
    when(requestSettings.isRefusalByTotalManager()).thenReturn(false);
    ProcessInstance instance = register("correction", false);
    investigateAll(instance);
    decide(instance, "refusal");
    assertThat(instance).isWaitingAt("Task_SendReply").hasNotPassed("Task_ConfirmRefusal");
  }

  @Test
  @DisplayName("第31条: 手数料が支払われなければ開示せずに終わる")
  void feeNotPaid() {
    ProcessInstance instance = register("disclosure", false);
    investigateAll(instance);
    decide(instance, "full");
    complete(instance, "Task_RecordPayment", Map.of("paymentDecision", "notPaid"));
    assertThat(instance).isEnded().hasPassed("Task_NotPaid", "End_NotPaid").hasNotPassed("Task_Letter");
    verify(requestCase).notPaid(any());
  }

  @Test
  @DisplayName("慶應30条3: 代理人の請求を本人に確認し、本人が維持すれば調査へ")
  void confirmedByThePatient() {
    ProcessInstance instance = register("disclosure", true);
    assertThat(instance).isWaitingAt("Task_ConfirmWithPatient").task().hasCandidateGroup("medical-affairs-desk");
    complete(instance, Map.of("confirmDecision", "confirmed"));
    verify(requestCase).confirmed(any());
    assertThat(instance).isWaitingAt("Task_Investigate");
  }

  @Test
  @DisplayName("慶應30条2: 本人が意思の確認で取り下げれば、調査せずに終わる")
  void withdrawnAtTheConfirmation() {
    ProcessInstance instance = register("disclosure", true);
    complete(instance, Map.of("confirmDecision", "withdrawn"));
    assertThat(instance).isEnded().hasPassed("Task_WithdrawnByPatient", "End_WithdrawnByPatient")
        .hasNotPassed("Task_Investigate");
    verify(requestCase).withdrawn(any());
  }

  @Test
  @DisplayName("慶應30条2: 請求はいつでも取り下げられる(調査中の作業は取り消される)")
  void withdrawnAtAnyTime() {
    ProcessInstance instance = register("correction", false);
    engine().getRuntimeService().createMessageCorrelation(Requests.WITHDRAWN_MESSAGE)
        .processInstanceBusinessKey("patientRequest-TEST").setVariable("withdrawReason", "本人の申出").correlate();
    assertThat(instance).isEnded().hasPassed("Task_Withdrawn", "End_Withdrawn").hasNotPassed("Task_Decide");
  }

  @Test
  @DisplayName("第19条2: 調査が遅れると管理者に督促し、さらに遅れると個人情報統括管理者へエスカレーションする")
  void investigationRemindedAndEscalated() throws Exception {
    ProcessInstance instance = register("disclosure", false);
    // the timers are on the multi-instance body: one reminder and one escalation for all the entries' tasks
    run(instance, "Timer_InvestigationReminder");
    verify(remindIdleTask).execute(any());
    run(instance, "Timer_InvestigationEscalation");
    verify(escalateIdleTask).execute(any());
    Assertions.assertThat(open(instance, "Task_Investigate")).hasSize(2);
    assertThat(instance).hasPassed("End_InvestigationReminder", "End_InvestigationEscalation");
  }

  @Test
  @DisplayName("第19条2: 決定が遅れると督促し、期限(受付から暦日)を過ぎるとエスカレーションする(期限超過)")
  void decisionRemindedAndOverdue() throws Exception {
    ProcessInstance instance = register("purposes", false);
    investigateAll(instance);
    Assertions.assertThat(job(instance, "Timer_DecisionReminder").getDuedate()).isEqualTo(at(7));
    Assertions.assertThat(job(instance, "Timer_DecisionEscalation").getDuedate()).isEqualTo(at(14));
    run(instance, "Timer_DecisionReminder");
    verify(remindIdleTask).execute(any());
    run(instance, "Timer_DecisionEscalation");
    verify(escalateIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_Decide").hasPassed("End_DecisionReminder", "End_DecisionEscalation");
  }

  private ProcessInstance answered(String kind, String outcome) {
    ProcessInstance instance = register(kind, false);
    investigateAll(instance);
    decide(instance, outcome);
    if ("refusal".equals(outcome)) {
      complete(instance, "Task_ConfirmRefusal", Map.of("refusalDecision", "confirm"));
    }
    reply(instance);
    return instance;
  }

  private void appeal(ProcessInstance instance) {
    engine().getRuntimeService().createMessageCorrelation(Requests.APPEALED_MESSAGE)
        .processInstanceBusinessKey("patientRequest-TEST").setVariable("appealReason", "開示されない理由に納得できない")
        .setVariable("appealDueAt", at(14)).correlate();
  }

  @Test
  @DisplayName("慶應32条: 不服申立てを部会が審理し、決定を維持すれば審理結果通知書を交付して終わる")
  void appealUpheld() {
    ProcessInstance instance = answered("disclosure", "refusal");
    appeal(instance);
    assertThat(instance).isWaitingAt("Task_ReviewAppeal").task().hasCandidateGroup("committee");
    verify(requestCase).prepareAppealReview(any());
    complete(instance, "Task_ReviewAppeal", Map.of("appealOutcome", "upheld"));
    verify(requestCase).appealReviewed(any());
    verify(requestCase).appealLetterWritten(any());
    assertThat(instance).isWaitingAt("Task_SendAppealReply").task().hasCandidateGroup("medical-affairs-desk");
    complete(instance, "Task_SendAppealReply", Map.of("appealReplyMethod", "post"));
    verify(requestCase).appealReplied(any());
    assertThat(instance).isEnded().hasPassed("End_AppealUpheld").hasNotPassed("End_Answered");
  }

  @Test
  @DisplayName("慶應32条: 決定を取り消せば個人情報統括管理者が決定し直し、訂正を実施して回答し、再び申立ての期間に入る")
  void appealOverturnedIsDecidedAndCarriedOutAgain() {
    ProcessInstance instance = answered("correction", "refusal");
    appeal(instance);
    complete(instance, "Task_ReviewAppeal", Map.of("appealOutcome", "overturned"));
    complete(instance, "Task_SendAppealReply", Map.of("appealReplyMethod", "counter"));
    decide(instance, "full");
    carryOutAll(instance);
    verify(requestCase, times(2)).letterWritten(any());
    reply(instance);
    noAppeal(instance);
    assertThat(instance).hasPassed("Task_ReviewAppeal", "Task_CarryOut").hasNotPassed("End_AppealUpheld");
  }

  @Test
  @DisplayName("慶應32条・施設プロファイル: 審理者は設定による(大学病院の設定では総括管理責任者)、決定者・承認者・受付者は除く")
  void appealReviewerFromTheProfileWithoutTheDeciders() {
    when(requestSettings.getAppealReviewer()).thenReturn("total-manager");
    ProcessInstance instance = answered("purposes", "full");
    appeal(instance);
    Task review = task(instance);
    assertThat(review).hasCandidateGroup("total-manager");
    var model = engine().getRepositoryService().getBpmnModelInstance(review.getProcessDefinitionId());
    var userTask = (org.camunda.bpm.model.bpmn.instance.UserTask) model.getModelElementById("Task_ReviewAppeal");
    Assertions.assertThat(jp.mamori.process.FourEyesRule.excludedVariables(userTask))
        .containsExactly("initiator", "completedBy_Task_Decide", "completedBy_Task_ConfirmRefusal");
  }
}
