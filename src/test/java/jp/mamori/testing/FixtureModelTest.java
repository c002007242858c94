package jp.mamori.testing;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test of the engine's configuration on a small model built in code: deployed before each test, removed after it
 * with its cases and their history, so the shared context keeps none of it.
 */
public abstract class FixtureModelTest extends IntegrationTest {

  @Autowired protected RepositoryService repositoryService;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;

  private String deploymentId;

  protected abstract BpmnModelInstance model();

  /** The smallest case: one task (作業) for the group committee, its history kept {@code historyDays} days. */
  protected static BpmnModelInstance oneTaskModel(String key, String name, int historyDays) {
    return Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(historyDays)
        .startEvent("Start").name("開始")
        .userTask("Task_Work").name("作業").camundaCandidateGroups("committee")
        .endEvent("End").name("終了")
        .done();
  }

  /**
   * A case whose one task (作業, for the group committee) carries a non-interrupting reminder timer (期限到来, one
   * hour) that ends the reminder's path; the caller goes on from the task and ends the model.
   */
  protected static AbstractActivityBuilder<?, ?> taskWithReminder(String key, String name) {
    return Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(1)
        .startEvent("Start").name("開始")
        .userTask("Task_Work").name("作業").camundaCandidateGroups("committee")
        .boundaryEvent("Timer_Remind").name("期限到来").cancelActivity(false).timerWithDuration("PT1H")
        .endEvent("End_Reminded").name("督促済み")
        .moveToActivity("Task_Work");
  }

  @BeforeEach
  void deployFixture() {
    deploymentId = repositoryService.createDeployment().name(getClass().getSimpleName())
        .addModelInstance("fixture.bpmn", model()).deploy().getId();
  }

  @AfterEach
  void undeployFixture() {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }
}
