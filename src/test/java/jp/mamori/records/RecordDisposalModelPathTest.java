package jp.mamori.records;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import jp.mamori.testing.ModelPathTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/recordDisposal.bpmn and processes/recordDisposalScan.bpmn (第23–24条; Keio 37) on the
 * in-memory engine, {@link DisposalCase} mocked: the daily scan; disposed at once; an extension asked and approved;
 * an extension refused, back to the disposal; the disposal's reminder and escalation and the extension's reminder,
 * each leaving its task open.
 */
@Deployment(resources = {"processes/recordDisposal.bpmn", "processes/recordDisposalScan.bpmn"})
class RecordDisposalModelPathTest extends ModelPathTest {

  private final DisposalCase disposalCase = mock(DisposalCase.class);

  @BeforeEach
  void glue() {
    Mocks.register("disposalCase", disposalCase);
    Mocks.register("recordsSettings", new RecordsSettings("0 0 6 * * ?", 10, 5));
    when(disposalCase.informationManagerOf(any())).thenReturn("records-manager");
  }

  @Test
  @DisplayName("第23条: 毎日のタイマーで保存期間の満了を確かめる")
  void theDailyScanRuns() {
    Job timer = engine().getManagementService().createJobQuery().processDefinitionKey("recordDisposalScan")
        .timers().singleResult();

    engine().getManagementService().executeJob(timer.getId());

    verify(disposalCase).scan(any());
    Assertions.assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery()
        .activityId("End_Scanned").count()).isEqualTo(1L);
  }

  @Test
  @DisplayName("第24条: 満了した記載は個人情報管理者が廃棄して記録する")
  void disposedAtOnce() {
    ProcessInstance instance = expired();
    assertThat(instance).isWaitingAt("Task_Dispose").task().isAssignedTo("records-manager");
    verify(disposalCase).prepare(any());

    complete(instance, Map.of("disposalDecision", "disposed"));

    verify(disposalCase).decided(any());
    assertThat(instance).isEnded().hasPassed("End_Disposed").hasNotPassed("Task_ApproveExtension");
  }

  @Test
  @DisplayName("第23条: 保存期間の延長を求め、個人情報統括管理者が承認すれば延長して終わる")
  void anExtensionApproved() {
    ProcessInstance instance = expired();
    complete(instance, Map.of("disposalDecision", "extend"));
    assertThat(instance).isWaitingAt("Task_ApproveExtension").task().hasCandidateGroup("supervising-manager");

    complete(instance, Map.of("extensionDecision", "approve"));

    verify(disposalCase).extensionDecided(any());
    assertThat(instance).isEnded().hasPassed("End_Extended").hasNotPassed("End_Disposed");
  }

  @Test
  @DisplayName("第23–24条: 延長が認められなければ廃棄に戻り、廃棄して終わる")
  void anExtensionRefusedGoesBackToTheDisposal() {
    ProcessInstance instance = expired();
    complete(instance, Map.of("disposalDecision", "extend"));

    complete(instance, Map.of("extensionDecision", "refuse"));

    assertThat(instance).isWaitingAt("Task_Dispose");
    verify(disposalCase, times(2)).prepare(any());
    complete(instance, Map.of("disposalDecision", "disposed"));
    assertThat(instance).isEnded().hasPassed("End_Disposed").hasNotPassed("End_Extended");
  }

  @Test
  @DisplayName("第24条: 廃棄の期限で督促し、期限超過でエスカレーションし、廃棄のタスクは続く")
  void theDisposalIsRemindedThenEscalated() throws Exception {
    ProcessInstance instance = expired();

    run(instance, "Timer_DisposeReminder");
    verify(remindIdleTask).execute(any());
    assertThat(instance).hasPassed("End_DisposeReminded").isWaitingAt("Task_Dispose");

    run(instance, "Timer_DisposeEscalation");
    verify(escalateIdleTask).execute(any());
    assertThat(instance).hasPassed("End_DisposeEscalated").isWaitingAt("Task_Dispose");
  }

  @Test
  @DisplayName("第23条: 延長の承認の期限で統括管理者に督促し、承認は続く")
  void theExtensionIsReminded() throws Exception {
    ProcessInstance instance = expired();
    complete(instance, Map.of("disposalDecision", "extend"));

    run(instance, "Timer_ExtensionReminder");

    verify(remindIdleTask).execute(any());
    assertThat(instance).hasPassed("End_ExtensionReminded").isWaitingAt("Task_ApproveExtension");
  }

  private ProcessInstance expired() {
    ProcessInstance instance = start("recordDisposal", "system", Map.of());
    verify(disposalCase).opened(any());
    return instance;
  }
}
