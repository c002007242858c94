package jp.mamori.outsourcing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
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
 * Every path of processes/outsourcingPeriodicCheck.bpmn (第25条3) on the in-memory engine, {@link ContractCheckCase}
 * mocked: a contract no longer in force ends the checks, a conforming check schedules the next, a breach found starts
 * the breach procedure and the checks go on, the check's reminder and escalation, and the contract's end (message)
 * stops everything.
 */
@Deployment(resources = "processes/outsourcingPeriodicCheck.bpmn")
class OutsourcingPeriodicCheckModelPathTest extends ModelPathTest {

  private final ContractCheckCase contractCheckCase = mock(ContractCheckCase.class);
  /** What each call of the mocked schedule(…) finds: is the contract still in force? */
  private final Deque<Boolean> inForce = new ArrayDeque<>();

  @BeforeEach
  void glue() {
    Mocks.register("contractCheckCase", contractCheckCase);
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable("contractInForce", inForce.isEmpty() ? Boolean.FALSE : inForce.poll());
      execution.setVariable("checkOpensAt", Date.from(now.plus(Duration.ofDays(300))));
      execution.setVariable("checkDueAt", Date.from(now.plus(Duration.ofDays(310))));
      execution.setVariable("checkEscalateAt", Date.from(now.plus(Duration.ofDays(315))));
      return null;
    }).when(contractCheckCase).schedule(any());
  }

  @Test
  @DisplayName("第25条3: 契約が終わっていれば確認は予定しない")
  void aContractNoLongerInForceIsNotChecked() {
    ProcessInstance instance = concluded();

    assertThat(instance).isEnded().hasPassed("End_NotInForce").hasNotPassed("Task_PeriodicCheck");
  }

  @Test
  @DisplayName("第25条3: 適合なら次の確認を予定し、契約が終われば終わる")
  void aConformingCheckSchedulesTheNext() {
    inForce.addAll(List.of(true, true));
    ProcessInstance instance = concluded();
    assertThat(instance).isWaitingAt("Timer_CheckOpens");

    run(instance, "Timer_CheckOpens");
    assertThat(instance).isWaitingAt("Task_PeriodicCheck").task().hasCandidateGroup("supervising-manager");
    complete(instance, Map.of("checkDecision", "conforming"));
    verify(contractCheckCase).checked(any());
    assertThat(instance).isWaitingAt("Timer_CheckOpens");

    run(instance, "Timer_CheckOpens");
    complete(instance, Map.of("checkDecision", "conforming"));
    assertThat(instance).isEnded().hasPassed("End_NotInForce");
    verify(contractCheckCase, times(3)).schedule(any());
  }

  @Test
  @DisplayName("第25条3→4: 違反が見つかれば違反の手続きを始め、確認は続く")
  void aBreachFoundStartsTheBreachProcedure() {
    inForce.addAll(List.of(true, true));
    ProcessInstance instance = concluded();
    run(instance, "Timer_CheckOpens");
    complete(instance, Map.of("checkDecision", "breach"));

    run(instance, "Task_StartBreach");
    verify(contractCheckCase).breachFound(any());
    assertThat(instance).isWaitingAt("Timer_CheckOpens");
  }

  @Test
  @DisplayName("確認が滞れば督促し、さらにエスカレーションする")
  void anIdleCheckIsRemindedThenEscalated() throws Exception {
    inForce.add(true);
    ProcessInstance instance = concluded();
    run(instance, "Timer_CheckOpens");

    run(instance, "Timer_CheckReminder");
    run(instance, "Timer_CheckEscalation");
    verify(remindIdleTask).execute(any());
    verify(escalateIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_PeriodicCheck").hasPassed("End_CheckReminder", "End_CheckEscalation");
  }

  @Test
  @DisplayName("契約の終了(解除)で定期確認は止まる")
  void theContractsEndStopsTheChecks() {
    inForce.add(true);
    ProcessInstance instance = concluded();
    run(instance, "Timer_CheckOpens");

    engine().getRuntimeService().createMessageCorrelation("outsourcingContractEnded")
        .processInstanceBusinessKey(instance.getBusinessKey()).correlateAll();
    assertThat(instance).isEnded().hasPassed("End_ContractEnded");
  }

  private ProcessInstance concluded() {
    return engine().getRuntimeService().startProcessInstanceByKey("outsourcingPeriodicCheck", "OUT-TEST",
        Map.of("contractKey", "OUT-TEST"));
  }
}
