package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.testing.FixtureModelTest;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The job log leaves out a boundary timer's creation and deletion, and keeps what a timer did when it fired
 * (ADR 0036): a review done in time writes no job-log rows for its reminder; a reminder that fires is logged.
 */
class QuietTimerJobLogTest extends FixtureModelTest {

  private static final String KEY = "quietTimerFixture";

  @Test
  @DisplayName("期限内に終わった審査の督促タイマーはジョブ履歴に作成・削除の行を残さない")
  void aTimerDeletedUnfiredLeavesNoJobLog() {
    String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
    assertThat(timer(instance)).isNotNull();

    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());

    assertThat(timer(instance)).isNull();
    assertThat(jobLog(instance)).isEmpty();
  }

  @Test
  @DisplayName("発火した督促タイマーはジョブ履歴に成功として残る")
  void aTimerThatFiresIsLogged() {
    String instance = runtimeService.startProcessInstanceByKey(KEY).getId();

    managementService.executeJob(timer(instance).getId());

    assertThat(jobLog(instance)).singleElement().satisfies(log -> {
      assertThat(log.isSuccessLog()).isTrue();
      assertThat(log.getActivityId()).isEqualTo("Timer_Remind");
    });
  }

  private Job timer(String instance) {
    return managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
  }

  private List<HistoricJobLog> jobLog(String instance) {
    return historyService.createHistoricJobLogQuery().processInstanceId(instance).list();
  }

  @Override
  protected BpmnModelInstance model() {
    return taskWithReminder(KEY, "督促タイマーの試験")
        .endEvent("End").name("終了")
        .done();
  }
}
