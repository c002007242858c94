package jp.mamori.outsourcing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import jp.mamori.outsourcing.registry.OutsourcingSettings;
import jp.mamori.testing.ModelPathTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/outsourcingBreach.bpmn (第25条4) on the in-memory engine, {@link BreachCase} mocked: a
 * breach reported by an information manager or found in a periodic check, the measures (termination ends it, any
 * other asks the contractor's explanation and follows it up), a follow-up that finds it unresolved, and the
 * reminder of idle measures.
 */
@Deployment(resources = "processes/outsourcingBreach.bpmn")
class OutsourcingBreachModelPathTest extends ModelPathTest {

  private final BreachCase breachCase = mock(BreachCase.class);

  @BeforeEach
  void glue() {
    OutsourcingSettings settings = mock(OutsourcingSettings.class);
    when(settings.getReviewDays()).thenReturn(5);
    when(settings.getCheckDays()).thenReturn(10);
    Mocks.register("breachCase", breachCase);
    Mocks.register("outsourcingSettings", settings);
  }

  @Test
  @DisplayName("第25条4: 契約解除の措置で終わる")
  void terminated() {
    ProcessInstance instance = report();
    verify(breachCase).registered(any());
    assertThat(instance).isWaitingAt("Task_DecideMeasures").task().hasCandidateGroup("information-manager");
    complete(instance, measure("termination"));
    assertThat(instance).isWaitingAt("Task_AgreeMeasures").task().hasCandidateGroup("supervising-manager");
    complete(instance, AGREE);

    run(instance, "Task_TakeMeasures");
    assertThat(instance).isEnded().hasPassed("End_Terminated").hasNotPassed("Task_Explanation");
    verify(breachCase).decided(any());
    verify(breachCase).measuresTaken(any());
  }

  @Test
  @DisplayName("第25条4: 説明と改善計画を求め、期日に確認して解決とする")
  void explainedFollowedUpAndResolved() {
    ProcessInstance instance = report();
    complete(instance, measure("improvement"));
    complete(instance, AGREE);
    run(instance, "Task_TakeMeasures");
    assertThat(instance).isWaitingAt("Task_Explanation").task().hasCandidateGroup("information-manager");
    complete(instance, Map.of());
    verify(breachCase).explained(any());

    assertThat(instance).isWaitingAt("Timer_FollowUp");
    run(instance, "Timer_FollowUp");
    assertThat(instance).isWaitingAt("Task_FollowUp").task().hasCandidateGroup("supervising-manager");
    complete(instance, Map.of("followUpDecision", "resolved"));

    assertThat(instance).isEnded().hasPassed("End_Resolved");
    verify(breachCase).followedUp(any());
  }

  @Test
  @DisplayName("第25条4: 確認で未解決なら措置を決め直す")
  void anUnresolvedFollowUpDecidesMeasuresAgain() {
    ProcessInstance instance = report();
    complete(instance, measure("improvement"));
    complete(instance, AGREE);
    run(instance, "Task_TakeMeasures");
    complete(instance, Map.of());
    run(instance, "Timer_FollowUp");
    complete(instance, Map.of("followUpDecision", "unresolved"));

    assertThat(instance).isWaitingAt("Task_DecideMeasures");
    complete(instance, measure("termination"));
    complete(instance, AGREE);
    run(instance, "Task_TakeMeasures");
    assertThat(instance).isEnded().hasPassed("End_Terminated");
    verify(breachCase, times(2)).decided(any());
  }

  @Test
  @DisplayName("第25条3→4: 定期確認で見つかった違反は、個人情報管理者の報告から始まる")
  void foundInAPeriodicCheck() {
    ProcessInstance instance = engine().getRuntimeService().createMessageCorrelation("outsourcingBreachFound")
        .processInstanceBusinessKey("BREACH-TEST").setVariable("contractKey", "OUT-TEST").correlateStartMessage();

    assertThat(instance).isWaitingAt("Task_ReportFound").task().hasCandidateGroup("information-manager");
    complete(instance, Map.of());
    verify(breachCase).registered(any());
    assertThat(instance).isWaitingAt("Task_DecideMeasures");
  }

  @Test
  @DisplayName("措置の決定が滞れば督促する")
  void idleMeasuresAreReminded() throws Exception {
    ProcessInstance instance = report();
    run(instance, "Timer_MeasuresReminder");

    verify(remindIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_DecideMeasures").hasPassed("End_MeasuresReminder");
  }

  private ProcessInstance report() {
    return start("outsourcingBreach", "nurse-manager", Map.of("contractKey", "OUT-TEST"));
  }

  /** The measures' form, with the follow-up time the mocked breachCase.decided(…) would have set. */
  @Test
  @DisplayName("第25条4: 統括管理者が同意しなければ、個人情報管理者が措置を決め直す")
  void disagreedMeasuresAreDecidedAgain() {
    ProcessInstance instance = report();
    complete(instance, measure("suspension"));
    complete(instance, Map.of("agreementDecision", "disagree"));
    assertThat(instance).isWaitingAt("Task_DecideMeasures").hasNotPassed("Task_TakeMeasures");
  }

  private static final Map<String, Object> AGREE = Map.of("agreementDecision", "agree");

  private Map<String, Object> measure(String decision) {
    return Map.of("measureDecision", decision, "followUpAt", Date.from(now.plus(Duration.ofDays(20))));
  }
}
