package jp.mamori.audit;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.ModelPathTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/annualAudit.bpmn (第36条) and its yearly schedule on the in-memory engine, {@link AuditCase}
 * mocked: a second audit of the year refused, planning, one self-check per ledger entry by its information manager,
 * the lead's review sending challenged self-checks back, findings assessed or none, the director's acknowledgement,
 * each corrective action done and verified, redone, or carried over (approved or refused), and every timer. What
 * the glue records (audit, self-checks, findings, the report) is AnnualAuditProcessTest's.
 */
@org.camunda.bpm.engine.test.Deployment(resources = "processes/annualAudit.bpmn")
class AnnualAuditModelPathTest extends ModelPathTest {

  private static final String LEAD = "supervising-manager";
  private static final String RECORDS_MANAGER = "ward-manager";
  private static final String OWNER = "nurse";

  private final AuditCase auditCase = mock(AuditCase.class);
  private int findings;

  @BeforeEach
  void glue() {
    AuditSettings settings = mock(AuditSettings.class);
    when(settings.getLeadGroup()).thenReturn(LEAD);
    when(settings.getSelfCheckDays()).thenReturn(10);
    when(settings.getEscalateAfterDays()).thenReturn(15);
    when(settings.getCycle()).thenReturn("R/2027-04-01T09:00:00/P1Y");
    Mocks.register("auditCase", auditCase);
    Mocks.register("auditSettings", settings);
    when(auditCase.pendingEntries(any())).thenReturn(List.of(11L, 12L));
    when(auditCase.informationManagerOf(any())).thenReturn(RECORDS_MANAGER);
    when(auditCase.raisedFindings(any())).thenAnswer(call -> findings == 0 ? List.of() : List.of(21L));
    when(auditCase.openActions(any())).thenReturn(List.of(21L));
    // the glue methods whose results the model reads
    doAnswer(call -> {
      call.<DelegateExecution>getArgument(0).setVariable("findingCount", findings);
      return null;
    }).when(auditCase).raiseFindings(any());
    doAnswer(call -> {
      DelegateExecution action = call.getArgument(0);
      action.setVariableLocal("actionOwner", OWNER);
      action.setVariableLocal("actionDueAt", Date.from(now.plus(Duration.ofDays(30))));
      return null;
    }).when(auditCase).enterAction(any());
  }

  @Test
  @DisplayName("第36条: 計画、台帳ごとの自己点検、確認、指摘の評価、院長への報告、是正処置の確認で完了")
  void plannedSelfCheckedReviewedReportedActedOnAndClosed() {
    findings = 1;
    ProcessInstance instance = planned();
    List<Task> selfChecks = tasks(instance, "Task_SelfCheck");
    Assertions.assertThat(selfChecks).hasSize(2).allSatisfy(t -> Assertions.assertThat(t.getAssignee())
        .isEqualTo(RECORDS_MANAGER));
    selfChecks.forEach(t -> engine().getTaskService().complete(t.getId()));
    verify(auditCase, times(2)).prepareSelfCheck(any());
    verify(auditCase, times(2)).selfChecked(any());
    verify(auditCase).summarize(any());

    assertThat(instance).isWaitingAt("Task_Review").task().hasCandidateGroup(LEAD);
    // challengedCount is what the mocked auditCase.reviewed(…) would have counted from the review form
    complete(instance, Map.of("challengedCount", 0));
    assertThat(instance).isWaitingAt("Task_AssessFinding").task().hasCandidateGroup(LEAD);
    complete(instance, Map.of());
    verify(auditCase).prepareFinding(any());
    verify(auditCase).assessed(any());
    verify(auditCase).report(any());

    assertThat(instance).isWaitingAt("Task_Acknowledge").task().hasCandidateGroup("total-manager");
    complete(instance, Map.of("openActionCount", 1));
    verify(auditCase).acknowledged(any());
    assertThat(instance).isWaitingAt("Task_DoAction").task().isAssignedTo(OWNER);
    complete(instance, Map.of());
    assertThat(instance).isWaitingAt("Task_VerifyAction").task().hasCandidateGroup(LEAD);
    complete(instance, Map.of("verifyDecision", "settled"));

    assertThat(instance).isEnded().hasPassed("End_ActionSettled", "End_Closed");
    verify(auditCase).actionDone(any());
    verify(auditCase).verified(any());
    verify(auditCase).close(any());
  }

  @Test
  @DisplayName("第36条: 同じ年度の監査は二つ目を開始せず、監査責任者に伝える")
  void aSecondAuditOfTheYearIsRefused() {
    doThrow(new BpmnError("AUDIT_YEAR_TAKEN")).when(auditCase).open(any());
    ProcessInstance instance = start("annualAudit", "privacy-lead", Map.of());

    assertThat(instance).isEnded().hasPassed("End_Refused").hasNotPassed("Task_Plan");
    verify(auditCase).refused(any());
  }

  @Test
  @DisplayName("第36条: 確認で疑義のある自己点検はやり直しになる")
  void challengedSelfChecksAreDoneAgain() {
    ProcessInstance instance = selfChecked();
    complete(instance, Map.of("challengedCount", 1));

    Assertions.assertThat(tasks(instance, "Task_SelfCheck")).hasSize(2);
    verify(auditCase, times(4)).prepareSelfCheck(any());
  }

  @Test
  @DisplayName("第36条: 指摘も是正処置もなければ報告と承認だけで完了する")
  void withoutFindingsOrActionsTheAuditIsReportedAndClosed() {
    ProcessInstance instance = selfChecked();
    complete(instance, Map.of("challengedCount", 0));
    assertThat(instance).isWaitingAt("Task_Acknowledge").hasNotPassed("Task_AssessFinding");
    complete(instance, Map.of("openActionCount", 0));

    assertThat(instance).isEnded().hasPassed("End_Closed").hasNotPassed("Task_DoAction");
  }

  @Test
  @DisplayName("第36条2: 不十分な是正処置はやり直しになる")
  void anInsufficientActionIsRedone() {
    ProcessInstance instance = acting();
    complete(instance, Map.of());
    complete(instance, Map.of("verifyDecision", "redo"));

    assertThat(instance).isWaitingAt("Task_DoAction");
    verify(auditCase, never()).close(any());
  }

  @Test
  @DisplayName("第36条2: 院長が繰越しを認めれば処置は次年度へ、認めなければやり直す")
  void aCarryOverIsApprovedOrRefusedByTheDirector() {
    ProcessInstance instance = acting();
    complete(instance, Map.of());
    complete(instance, Map.of("verifyDecision", "carryOver"));
    assertThat(instance).isWaitingAt("Task_DecideCarryOver").task().hasCandidateGroup("total-manager");
    complete(instance, Map.of("carryOverDecision", "refuse"));
    assertThat(instance).isWaitingAt("Task_DoAction");

    complete(instance, Map.of());
    complete(instance, Map.of("verifyDecision", "carryOver"));
    complete(instance, Map.of("carryOverDecision", "approve"));
    assertThat(instance).isEnded().hasPassed("End_CarriedOver", "End_Closed");
    verify(auditCase, times(2)).carryOverDecided(any());
  }

  @Test
  @DisplayName("自己点検、院長の承認、是正処置は期限が来れば督促し、自己点検はさらにエスカレーションする")
  void everyIdleStepIsReminded() throws Exception {
    when(auditCase.pendingEntries(any())).thenReturn(List.of(11L));
    ProcessInstance instance = planned();
    run(instance, "Timer_SelfCheckReminder");
    run(instance, "Timer_SelfCheckEscalation");
    verify(escalateIdleTask).execute(any());
    complete(instance, Map.of());
    complete(instance, Map.of("challengedCount", 0));
    run(instance, "Timer_AcknowledgeReminder");
    complete(instance, Map.of("openActionCount", 1));
    run(instance, "Timer_ActionReminder");

    verify(remindIdleTask, times(3)).execute(any());
    assertThat(instance).isWaitingAt("Task_DoAction").hasPassed("End_SelfCheckReminded", "End_SelfCheckEscalated",
        "End_DirectorReminded", "End_OwnerReminded");
  }

  @Test
  @DisplayName("第36条: 年次の予定が監査を開始する")
  void theYearlyScheduleStartsTheAudit() {
    Deployment schedule = engine().getRepositoryService().createDeployment()
        .addClasspathResource("processes/annualAuditSchedule.bpmn").deploy();
    try {
      Job yearly = engine().getManagementService().createJobQuery().processDefinitionKey("annualAuditSchedule")
          .singleResult();
      Assertions.assertThat(yearly.getDuedate()).hasYear(2027);
      engine().getManagementService().executeJob(yearly.getId());
      verify(auditCase).startScheduled(any());
    } finally {
      engine().getRepositoryService().deleteDeployment(schedule.getId(), true);
    }
  }

  private ProcessInstance planned() {
    ProcessInstance instance = start("annualAudit", "privacy-lead", Map.of());
    verify(auditCase).open(any());
    assertThat(instance).isWaitingAt("Task_Plan").task().hasCandidateGroup(LEAD);
    complete(instance, Map.of());
    verify(auditCase).plan(any());
    return instance;
  }

  private ProcessInstance selfChecked() {
    ProcessInstance instance = planned();
    tasks(instance, "Task_SelfCheck").forEach(t -> engine().getTaskService().complete(t.getId()));
    return instance;
  }

  private ProcessInstance acting() {
    ProcessInstance instance = selfChecked();
    complete(instance, Map.of("challengedCount", 0));
    complete(instance, Map.of("openActionCount", 1));
    return instance;
  }

  private List<Task> tasks(ProcessInstance instance, String taskKey) {
    return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
  }
}
