package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import jp.mamori.testing.FixtureModelTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's history is kept its time to live after the case ended, and no removal time is written when it ends
 * (ADR 0043): the engine's history cleanup picks ended cases by their end time, and leaves running ones alone. The
 * grants on a removed case's tasks go with it (ADR 0072).
 */
class HistoryRetentionTest extends FixtureModelTest {

  private static final String KEY = "historyRetentionFixture";

  @Autowired AuthorizationService authorizationService;

  @Test
  @DisplayName("保存期間を過ぎた履歴の削除は毎晩1時から5時に予定され、手動で実行した後も次の夜に予定される（第23条2項）")
  void theCleanupIsScheduledEveryNight() {
    Job cleanup = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(cleanup.getId());

    assertThat(historyService.findHistoryCleanupJobs()).isNotEmpty().allSatisfy(job -> assertThat(
        job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).getHour()).isBetween(1, 4));
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

  @Test
  @DisplayName("保存期間を過ぎた案件の履歴を削除すると（第23条2項）、その作業の履歴への閲覧権限も消え、終わっていない案件の権限は残る")
  void cleanupTakesTheGrantsOnTheRemovedCasesTasks() {
    String ended = startAndEnd();
    String endedTask = taskOf(ended);
    String running = runtimeService.startProcessInstanceByKey(KEY).getId();
    String runningTask = taskOf(running);
    assertThat(historicTaskGrants(endedTask)).as("the role's grant on the ended task's history").isPositive();
    long runningGrants = historicTaskGrants(runningTask);
    assertThat(runningGrants).isPositive();

    Job cleanup = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(cleanup.getId());

    assertThat(history(ended)).isNull();
    assertThat(historicTaskGrants(endedTask)).as("no grant left on a task whose history is gone").isZero();
    assertThat(historicTaskGrants(runningTask)).isEqualTo(runningGrants);
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(runningTask)
        .count()).as("the running task's own grant").isPositive();
  }

  @Test
  @DisplayName("APIで案件の履歴を削除しても、その作業の履歴への閲覧権限は残らない")
  void aRemovalThroughTheApiTakesTheGrantsToo() {
    String ended = startAndEnd();
    String endedTask = taskOf(ended);
    assertThat(historicTaskGrants(endedTask)).isPositive();

    historyService.deleteHistoricProcessInstance(ended);

    assertThat(history(ended)).isNull();
    assertThat(historicTaskGrants(endedTask)).isZero();
  }

  private String taskOf(String instance) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).singleResult().getId();
  }

  private long historicTaskGrants(String task) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(task)
        .count();
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
