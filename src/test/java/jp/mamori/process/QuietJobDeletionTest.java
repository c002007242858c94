package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.testing.EngineStatements;
import jp.mamori.testing.FixtureModelTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job deleted unrun from a case without incidents looks for none, and a job with an incident still resolves or
 * deletes it (issue 18): the reminder timer of a task done in time; the incident of a step whose retries were set back
 * by job definition (which leaves the incident) and which then succeeds, and of a step deleted by hand.
 */
class QuietJobDeletionTest extends FixtureModelTest {

  private static final String KEY = "quietJobDeletionFixture";
  private static final String INCIDENT_LOOKUP = "selectIncidentsByConfiguration";

  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  @DisplayName("インシデントのない案件では、期限内に終わったタスクのタイマーを削除するときインシデントを照会しない")
  void anUnfiredTimerOfACaseWithoutIncidentsIsDeletedWithoutALookup() {
    String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    EngineStatements completion = EngineStatements.during(configuration, () -> taskService.complete(task));

    assertThat(completion.count(INCIDENT_LOOKUP)).as("%s", completion).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(instance).timers().count()).isZero();
    assertThat(job(instance).getRetries()).isPositive();
  }

  @Test
  @DisplayName("再試行回数をジョブ定義ごと戻した後に成功したステップのインシデントは解決される")
  void anIncidentIsResolvedWhenItsJobSucceedsAfterABulkRetry() {
    Job step = stepWithIncident();
    managementService.setJobRetriesByJobDefinitionId(step.getJobDefinitionId(), 1);
    assertThat(openIncidents(step)).as("setting retries by job definition leaves the incident").isOne();

    managementService.executeJob(step.getId());

    assertThat(openIncidents(step)).isZero();
    assertThat(historyService.createHistoricIncidentQuery().jobDefinitionIdIn(step.getJobDefinitionId())
        .processInstanceId(step.getProcessInstanceId()).resolved().count()).isOne();
  }

  @Test
  @DisplayName("インシデントのあるジョブを削除すると、そのインシデントも削除される")
  void anIncidentIsDeletedWithItsJob() {
    Job step = stepWithIncident();

    managementService.deleteJob(step.getId());

    assertThat(openIncidents(step)).isZero();
    assertThat(historyService.createHistoricIncidentQuery().processInstanceId(step.getProcessInstanceId())
        .deleted().count()).isOne();
  }

  /** A case at its asynchronous step, the step's job with an incident (its retries set to 0 by hand). */
  private Job stepWithIncident() {
    String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
    Job step = job(instance);
    managementService.setJobRetries(step.getId(), 0);
    return step;
  }

  private long openIncidents(Job step) {
    return runtimeService.createIncidentQuery().processInstanceId(step.getProcessInstanceId()).count();
  }

  private Job job(String instance) {
    return managementService.createJobQuery().processInstanceId(instance).singleResult();
  }

  @Override
  protected BpmnModelInstance model() {
    return taskWithReminder(KEY, "ジョブ削除の試験")
        .serviceTask("Task_Step").name("後続の処理").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent("End").name("終了")
        .done();
  }
}
