package jp.mamori.outsourcing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
 * Every path of processes/outsourcingReoutsourcing.bpmn (re-outsourcing only with prior permission) on the
 * in-memory engine, {@link SubcontractCase} mocked: permitted, refused, and the reminder of an idle decision.
 */
@Deployment(resources = "processes/outsourcingReoutsourcing.bpmn")
class OutsourcingReoutsourcingModelPathTest extends ModelPathTest {

  private final SubcontractCase subcontractCase = mock(SubcontractCase.class);

  @BeforeEach
  void glue() {
    OutsourcingSettings settings = mock(OutsourcingSettings.class);
    when(settings.getReviewDays()).thenReturn(5);
    Mocks.register("subcontractCase", subcontractCase);
    Mocks.register("outsourcingSettings", settings);
  }

  @Test
  @DisplayName("再委託: 総括個人情報管理者が許可する")
  void permitted() {
    ProcessInstance instance = request();
    verify(subcontractCase).registered(any());
    assertThat(instance).isWaitingAt("Task_Permit").task().hasCandidateGroup("total-manager");
    complete(instance, Map.of("permitDecision", "permit"));

    run(instance, "Task_NotifyPermitted");
    assertThat(instance).isEnded().hasPassed("End_Permitted");
    verify(subcontractCase).decided(any());
    verify(subcontractCase).permitted(any());
    verify(subcontractCase, never()).refused(any());
  }

  @Test
  @DisplayName("再委託: 許可しなければ届出者に伝えて終わる")
  void refused() {
    ProcessInstance instance = request();
    complete(instance, Map.of("permitDecision", "refuse"));

    run(instance, "Task_NotifyRefused");
    assertThat(instance).isEnded().hasPassed("End_Refused");
    verify(subcontractCase).refused(any());
    verify(subcontractCase, never()).permitted(any());
  }

  @Test
  @DisplayName("許可の判断が滞れば督促する")
  void anIdleDecisionIsReminded() throws Exception {
    ProcessInstance instance = request();
    run(instance, "Timer_PermitReminder");

    verify(remindIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_Permit").hasPassed("End_PermitReminder");
  }

  private ProcessInstance request() {
    return start("outsourcingReoutsourcing", "privacy-lead", Map.of("subcontractorName", "試験再委託社"));
  }
}
