package jp.mamori.incident;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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
import jp.mamori.process.DecisionOutcome;
import jp.mamori.testing.ModelPathTest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/leakIncidentResponse.bpmn (第35条) on the in-memory engine, {@link IncidentCase} mocked and
 * the real decision table (incidentReportability.dmn): the provisional ruling at the report, set-up or downgrade, the
 * headquarters' six parallel tasks, the re-judgment after the investigation, the reports to the PPC (an event
 * sub-process) when the rule says so — at set-up or later, once — measures and closing, the downgrade at any time,
 * and every timer (set-up reminder and escalation, each task's reminder and escalation, the PPC reports' reminder,
 * escalation and overdue, the final report's from the start of the reports).
 * What the glue records (the board, the log, the reports) is LeakIncidentProcessTest's.
 */
@Deployment(resources = {"processes/leakIncidentResponse.bpmn", "processes/incidentReportability.dmn"})
class LeakIncidentResponseModelPathTest extends ModelPathTest {

  private static final List<String> HQ_TASKS = List.of("Task_ReportOfficer", "Task_Investigate", "Task_Contain",
      "Task_NotifyPersons", "Task_ReportHeadOffice", "Task_ReportPrefecture");
  private static final String HQ = "total-manager";

  private final IncidentCase incidentCase = mock(IncidentCase.class);

  @BeforeEach
  void glue() {
    IncidentSettings settings = mock(IncidentSettings.class);
    when(settings.getSetUpReminder()).thenReturn("PT1H");
    when(settings.getSetUpEscalation()).thenReturn("PT2H");
    Mocks.register("incidentCase", incidentCase);
    Mocks.register("incidentSettings", settings);
    IncidentDeadlines deadlines = mock(IncidentDeadlines.class);
    when(deadlines.firstStepDue(any())).thenAnswer(call -> Date.from(now.plus(Duration.ofDays(1))));
    when(deadlines.firstStepEscalation(any())).thenAnswer(call -> Date.from(now.plus(Duration.ofDays(2))));
    Mocks.register("incidentDeadlines", deadlines);
    // the one glue method whose result the model reads: the ruling taken apart, the PPC deadlines fixed
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      Map<String, Object> ruling = DecisionOutcome.of(execution);
      boolean reportable = Boolean.TRUE.equals(ruling.get("reportable"));
      boolean required = Boolean.TRUE.equals(execution.getVariable("ppcRequired"));
      execution.setVariable("reportable", reportable || required);
      if (reportable && !required) {
        deadlines(execution, "preliminary", 3);
        deadlines(execution, "final", 30);
        execution.setVariable("ppcRequired", true);
      }
      return null;
    }).when(incidentCase).ruled(any());
    // the downgrade tells the model whether a report had already gone to the PPC (APPI 第26条)
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable("ppcReported", reportedToPpc);
      return null;
    }).when(incidentCase).downgraded(any());
  }

  private boolean reportedToPpc;

  @Test
  @DisplayName("第35条: 要配慮個人情報の漏えいは対策本部、並行する6つの対応、速報と確報、再発防止策、解散")
  void aReportableLeakGoesThroughTheHeadquartersAndBothReports() {
    ProcessInstance instance = setUp(leak(false, true, null));
    assertThat(instance).variables().containsEntry("reportable", true);
    assertThat(instance).isWaitingAt(HQ_TASKS.toArray(String[]::new)).isWaitingAt("Task_PpcPreliminary");
    for (String task : HQ_TASKS) {
      assertThat(instance).task(task).hasCandidateGroup(HQ).hasCandidateGroup("supervising-manager");
      complete(instance, task, Map.of());
    }
    verify(incidentCase).officerReported(any());
    verify(incidentCase, times(3)).done(any());
    verify(incidentCase).investigated(any());
    verify(incidentCase).notified(any());
    verify(incidentCase, times(2)).ruled(any());
    assertThat(instance).hasPassed("Task_RejudgeReportability").isWaitingAt("Task_PpcPreliminary", "Task_Measures");

    complete(instance, "Task_PpcPreliminary", Map.of());
    verify(incidentCase).submitted(any(), eq("PRELIMINARY"));
    complete(instance, "Task_PpcFinal", Map.of());
    verify(incidentCase).submitted(any(), eq("FINAL"));
    assertThat(instance).hasPassed("End_PpcReportsSubmitted", "End_PpcReported");

    complete(instance, "Task_Measures", Map.of());
    verify(incidentCase).measuresDecided(any());
    assertThat(instance).isWaitingAt("Task_Close").task().hasCandidateGroup(HQ);
    complete(instance, Map.of());

    assertThat(instance).isEnded().hasPassed("End_Closed");
    verify(incidentCase).prejudged(any());
    verify(incidentCase).setUp(any());
    verify(incidentCase).closing(any());
    verify(incidentCase).close(any());
    verify(incidentCase, never()).downgraded(any());
  }

  @Test
  @DisplayName("第35条: 報告対象外(高度な暗号化)なら個人情報保護委員会への報告はない")
  void aLeakOutsideTheRuleIsNotReportedToThePpc() {
    ProcessInstance instance = setUp(leak(true, true, 5000L));
    assertThat(instance).variables().containsEntry("reportable", false);
    HQ_TASKS.forEach(task -> complete(instance, task, Map.of()));

    assertThat(instance).isWaitingAt("Task_Measures").hasNotPassed("Task_PpcPreliminary", "Task_PpcFinal");
  }

  @Test
  @DisplayName("個人情報保護法第26条・規則第7条第1号: 調査で要配慮個人情報と判明すれば再判定で報告対象となり、速報・確報のタスクが現れる")
  void aLaterFindingMakesTheCaseReportableAndThePpcTasksAppear() {
    ProcessInstance instance = setUp(leak(false, false, 10L));
    assertThat(instance).variables().containsEntry("reportable", false);
    assertThat(instance).isNotWaitingAt("Task_PpcPreliminary");

    complete(instance, "Task_Investigate", Map.of("specialCare", true));
    assertThat(instance).hasPassed("Task_RejudgeReportability").variables().containsEntry("reportable", true);
    assertThat(instance).isWaitingAt("Task_PpcPreliminary");
    HQ_TASKS.stream().filter(t -> !t.equals("Task_Investigate")).forEach(task -> complete(instance, task, Map.of()));
    complete(instance, "Task_Measures", Map.of());
    assertThat(instance).isWaitingAt("Task_Close", "Task_PpcPreliminary");
  }

  @Test
  @DisplayName("規則第7条第4号: 調査で1,000人超と判明しても、報告済みの事態の速報・確報は一度だけ")
  void aReportableCaseJudgedAgainKeepsOneSetOfPpcReports() {
    ProcessInstance instance = setUp(leak(false, true, null));
    complete(instance, "Task_Investigate", Map.of("personCount", 1500L));
    org.assertj.core.api.Assertions.assertThat(engine().getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey("Task_PpcPreliminary").count()).isEqualTo(1);
    verify(incidentCase, times(2)).ruled(any());
  }

  @Test
  @DisplayName("規則第7条: 調査でも報告対象外のままなら、委員会への報告なしに再発防止策へ進む")
  void aCaseStillOutsideTheRuleAfterTheInvestigationGoesOnWithoutPpcReports() {
    ProcessInstance instance = setUp(leak(false, false, 3L));
    HQ_TASKS.forEach(task -> complete(instance, task, Map.of()));
    assertThat(instance).isWaitingAt("Task_Measures").hasPassed("Task_RejudgeReportability")
        .hasNotPassed("StartEvent_PpcRequired");
  }

  @Test
  @DisplayName("第35条: 1,000人を超える漏えいは報告対象、人数不明で他に該当がなければ対象外")
  void theNumberOfPersonsDecidesWhenNothingElseDoes() {
    assertThat(setUp(leak(false, false, 1001L))).variables().containsEntry("reportable", true);
    assertThat(setUp(leak(false, false, null))).variables().containsEntry("reportable", false);
  }

  @Test
  @DisplayName("第35条: 本部長は設置時に理由を付けて格下げできる")
  void downgradedAtSetUp() {
    ProcessInstance instance = reported(leak(false, true, null));
    complete(instance, Map.of("setupDecision", "downgrade"));

    assertThat(instance).isEnded().hasPassed("End_DowngradedAtSetUp").hasNotPassed("Task_RecordHq");
    verify(incidentCase).setUpDecided(any());
    verify(incidentCase).downgraded(any());
  }

  @Test
  @DisplayName("第35条: 設置後もいつでも格下げでき、すべての対応が終わる")
  void downgradedLaterFromTheBoard() {
    ProcessInstance instance = setUp(leak(false, true, null));
    engine().getRuntimeService().createMessageCorrelation("IncidentDowngraded")
        .processInstanceId(instance.getId()).correlate();

    assertThat(instance).isEnded().hasPassed("End_Downgraded");
    verify(incidentCase).downgraded(any());
  }

  @Test
  @DisplayName("個人情報保護法 第26条: 速報の後に格下げすると、委員会への取下げ・訂正の連絡が残る")
  void downgradedAfterAReportTellsThePpc() {
    ProcessInstance instance = setUp(leak(false, true, null));
    reportedToPpc = true;
    engine().getRuntimeService().createMessageCorrelation("IncidentDowngraded")
        .processInstanceId(instance.getId()).correlate();

    assertThat(instance).isWaitingAt("Task_PpcWithdrawal").task().hasCandidateGroup("total-manager");
    complete(instance, "Task_PpcWithdrawal", Map.of());
    assertThat(instance).isEnded().hasPassed("End_PpcWithdrawn");
    verify(incidentCase).ppcWithdrawn(any());
  }

  @Test
  @DisplayName("対策本部の設置が滞れば督促し、さらにエスカレーションする")
  void anIdleSetUpIsRemindedThenEscalated() throws Exception {
    ProcessInstance instance = reported(leak(false, true, null));
    run(instance, "Timer_SetUpReminder");
    run(instance, "Timer_SetUpEscalation");

    verify(remindIdleTask).execute(any());
    verify(escalateIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_SetUpHq").hasPassed("End_SetUpReminded", "End_SetUpEscalated");
  }

  @Test
  @DisplayName("対策本部の各対応と再発防止策は、期限を過ぎれば督促する")
  void everyHeadquartersTaskIsRemindedWhenOverdue() throws Exception {
    ProcessInstance instance = setUp(leak(true, false, null));
    for (String timer : List.of("Timer_ReportOfficerOverdue", "Timer_InvestigateOverdue", "Timer_ContainOverdue",
        "Timer_NotifyPersonsOverdue", "Timer_ReportHeadOfficeOverdue", "Timer_ReportPrefectureOverdue")) {
      run(instance, timer);
    }
    HQ_TASKS.forEach(task -> complete(instance, task, Map.of()));
    run(instance, "Timer_MeasuresOverdue");

    verify(remindIdleTask, times(7)).execute(any());
    assertThat(instance).isWaitingAt("Task_Measures").hasPassed("End_ReportOfficerReminded",
        "End_InvestigateReminded", "End_ContainReminded", "End_NotifyPersonsReminded",
        "End_ReportHeadOfficeReminded", "End_ReportPrefectureReminded", "End_MeasuresReminded");
  }

  @Test
  @DisplayName("個人情報保護委員会への速報と確報: 期限前の督促、直前のエスカレーション、期限超過")
  void thePpcReportsAreRemindedEscalatedAndFlaggedOverdue() {
    ProcessInstance instance = setUp(leak(false, true, null));
    for (String timer : List.of("Timer_PreliminaryReminder", "Timer_PreliminaryEscalation",
        "Timer_PreliminaryOverdue")) {
      run(instance, timer);
    }
    verify(incidentCase).remindReport(any(), eq("PRELIMINARY"));
    verify(incidentCase).escalateReport(any(), eq("PRELIMINARY"));
    verify(incidentCase).reportOverdue(any(), eq("PRELIMINARY"));
    assertThat(instance).isWaitingAt("Task_PpcPreliminary");

    // issue #13 item 5: the final report's timers run from the set-up, not from the preliminary's submission
    for (String timer : List.of("Timer_FinalReminder", "Timer_FinalEscalation", "Timer_FinalOverdue")) {
      run(instance, timer);
    }
    assertThat(instance).isWaitingAt("Task_PpcPreliminary");
    complete(instance, "Task_PpcPreliminary", Map.of());
    verify(incidentCase).remindReport(any(), eq("FINAL"));
    verify(incidentCase).escalateReport(any(), eq("FINAL"));
    verify(incidentCase).reportOverdue(any(), eq("FINAL"));
    assertThat(instance).isWaitingAt("Task_PpcFinal").hasPassed("End_PreliminaryOverdue", "End_FinalOverdue");
  }

  @Test
  @DisplayName("第35条: 対策本部の各対応と再発防止策・解散は、さらに滞れば代理者・上位者へ回付する")
  void everyHeadquartersTaskIsEscalatedWhenLongOverdue() throws Exception {
    ProcessInstance instance = setUp(leak(true, false, null));
    for (String timer : List.of("Timer_ReportOfficerEscalate", "Timer_InvestigateEscalate", "Timer_ContainEscalate",
        "Timer_NotifyPersonsEscalate", "Timer_ReportHeadOfficeEscalate", "Timer_ReportPrefectureEscalate")) {
      run(instance, timer);
    }
    HQ_TASKS.forEach(task -> complete(instance, task, Map.of()));
    run(instance, "Timer_MeasuresEscalate");
    complete(instance, "Task_Measures", Map.of());
    run(instance, "Timer_CloseRemind");
    run(instance, "Timer_CloseEscalate");

    verify(escalateIdleTask, times(8)).execute(any());
    verify(remindIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_Close").hasPassed("End_ReportOfficerEscalateDone",
        "End_InvestigateEscalateDone", "End_ContainEscalateDone", "End_NotifyPersonsEscalateDone",
        "End_ReportHeadOfficeEscalateDone", "End_ReportPrefectureEscalateDone", "End_MeasuresEscalateDone",
        "End_CloseRemindDone", "End_CloseEscalateDone");
  }

  @Test
  @DisplayName("個人情報保護法第26条: 取下げ・訂正の連絡が滞れば代理者・上位者へ回付する")
  void anIdleWithdrawalIsEscalated() throws Exception {
    ProcessInstance instance = setUp(leak(false, true, null));
    reportedToPpc = true;
    engine().getRuntimeService().createMessageCorrelation("IncidentDowngraded")
        .processInstanceId(instance.getId()).correlate();
    run(instance, "Timer_PpcWithdrawalRemind");
    verify(escalateIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_PpcWithdrawal").hasPassed("End_PpcWithdrawalReminded");
  }

  /** A report's form: the decision table's inputs (what the mocked incidentCase.report(…) would have set). */
  private static Map<String, Object> leak(boolean encrypted, boolean specialCare, Long persons) {
    Map<String, Object> values = new HashMap<>();
    values.put("stronglyEncrypted", encrypted);
    values.put("unlawfulPurpose", false);
    values.put("specialCare", specialCare);
    values.put("financialDamageRisk", false);
    values.put("personCount", persons);
    return values;
  }

  private ProcessInstance reported(Map<String, Object> leak) {
    ProcessInstance instance = start("leakIncidentResponse", "nurse", leak);
    verify(incidentCase).report(any());
    assertThat(instance).isWaitingAt("Task_SetUpHq").task().hasCandidateGroup(HQ);
    return instance;
  }

  private ProcessInstance setUp(Map<String, Object> leak) {
    ProcessInstance instance = start("leakIncidentResponse", "nurse", leak);
    complete(instance, Map.of("setupDecision", "setUp"));
    return instance;
  }

  private void deadlines(DelegateExecution execution, String report, int days) {
    execution.setVariable(report + "DueAt", Date.from(now.plus(Duration.ofDays(days))));
    execution.setVariable(report + "RemindAt", Date.from(now.plus(Duration.ofDays(days)).minusSeconds(7200)));
    execution.setVariable(report + "EscalateAt", Date.from(now.plus(Duration.ofDays(days)).minusSeconds(3600)));
  }
}
