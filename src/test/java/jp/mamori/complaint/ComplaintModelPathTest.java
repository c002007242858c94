package jp.mamori.complaint;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import jp.mamori.testing.ModelPathTest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/complaint.bpmn (第10条; Keio 33, 35) on the in-memory engine, {@link ComplaintCase} mocked:
 * registered, assigned, investigated by the chosen role, answered by the desk and closed; the investigation's
 * reminder and escalation at the answer's target dates, each leaving the investigation open.
 */
@Deployment(resources = "processes/complaint.bpmn")
class ComplaintModelPathTest extends ModelPathTest {

  private final ComplaintCase complaintCase = mock(ComplaintCase.class);

  @BeforeEach
  void glue() {
    Mocks.register("complaintCase", complaintCase);
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable("answerDueAt", Date.from(now.plus(Duration.ofDays(10))));
      execution.setVariable("answerEscalateAt", Date.from(now.plus(Duration.ofDays(15))));
      return null;
    }).when(complaintCase).registered(any());
    when(complaintCase.investigators(any())).thenReturn("information-manager");
  }

  @Test
  @DisplayName("第10条: 窓口の受付 → 統括管理者が担当を決め → 担当が調査 → 窓口が回答して終結")
  void registeredAssignedInvestigatedAnsweredClosed() throws Exception {
    ProcessInstance instance = start("complaint", "desk", Map.of("complainantName", "申出人"));
    verify(complaintCase).registered(any());
    assertThat(instance).isWaitingAt("Task_Assign").task().hasCandidateGroup("supervising-manager");

    complete(instance, Map.of("investigatorGroup", "information-manager"));
    verify(complaintCase).assigned(any());
    assertThat(instance).isWaitingAt("Task_Investigate").task().hasCandidateGroup("information-manager");

    complete(instance, "Task_Investigate", Map.of("findings", "f", "answerDraft", "a"));
    verify(complaintCase).investigated(any());
    assertThat(instance).isWaitingAt("Task_Answer").task().hasCandidateGroup("medical-affairs-desk");
    // the investigation's timers went with it
    assertThat(job(instance, "Timer_AnswerReminder")).isNull();

    complete(instance, Map.of("answeredOn", "2026-01-01"));
    verify(complaintCase).answered(any());
    verify(complaintCase).closed(any());
    assertThat(instance).isEnded().hasPassed("End_Closed").hasNotPassed("Task_Remind", "Task_Escalate");
    verify(remindIdleTask, never()).execute(any());
  }

  @Test
  @DisplayName("第10条: 回答期限で担当に督促し、期限超過で上位へエスカレーションし、調査は続く")
  void theInvestigationIsRemindedThenEscalatedAndStaysOpen() throws Exception {
    ProcessInstance instance = start("complaint", "desk", Map.of());
    complete(instance, Map.of("investigatorGroup", "information-manager"));

    run(instance, "Timer_AnswerReminder");
    verify(remindIdleTask).execute(any());
    assertThat(instance).hasPassed("End_Reminded").isWaitingAt("Task_Investigate");

    run(instance, "Timer_AnswerEscalation");
    verify(escalateIdleTask).execute(any());
    assertThat(instance).hasPassed("End_Escalated").isWaitingAt("Task_Investigate");

    complete(instance, "Task_Investigate", Map.of());
    complete(instance, Map.of());
    assertThat(instance).isEnded().hasPassed("End_Closed");
  }
}
