package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.testing.FixtureModelTest;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A case's history is kept its time to live after the case ended, and no removal time is written when it ends
 * (ADR 0043): the engine's history cleanup picks ended cases by their end time, and leaves running ones alone.
 */
class HistoryRetentionTest extends FixtureModelTest {

  private static final String KEY = "historyRetentionFixture";

  @AfterEach
  void removeTheCleanupJob() {
    historyService.findHistoryCleanupJobs().forEach(job -> managementService.deleteJob(job.getId()));
  }

  @Test
  @DisplayName("終了した案件の履歴には削除予定日時を書き込まない")
  void anEndedCaseGetsNoRemovalTime() {
    String instance = startAndEnd();

    assertThat(history(instance).getEndTime()).isNotNull();
    assertThat(history(instance).getRemovalTime()).isNull();
  }

  @Test
  @DisplayName("履歴の削除は保存期間を終了から数え、終わっていない案件は残す")
  void cleanupCountsFromTheEndAndKeepsRunningCases() {
    String ended = startAndEnd();
    String running = runtimeService.startProcessInstanceByKey(KEY).getId();

    Job cleanup = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(cleanup.getId());

    assertThat(history(ended)).isNull();
    assertThat(history(running)).isNotNull();
  }

  private String startAndEnd() {
    String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
    return instance;
  }

  private HistoricProcessInstance history(String instance) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
  }

  /** Kept zero days after the end: cleanable at once, unlike every other model of the suite. */
  @Override
  protected BpmnModelInstance model() {
    return oneTaskModel(KEY, "履歴の保存期間の試験", 0);
  }
}
