package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.testing.EngineStatements;
import jp.mamori.testing.FixtureModelTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new task's role gets its grants without the engine asking for existing ones; a role added to an existing task is
 * still looked up and merged, never granted twice (issue 18, need-to-know of ADR 0007).
 */
class NewTaskAuthorizationsTest extends FixtureModelTest {

  private static final String KEY = "newTaskAuthorizationsFixture";
  private static final String GRANT_LOOKUP = "selectAuthorizationByParameters";

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired AuthorizationService authorizationService;

  @Test
  @DisplayName("新しいタスクの担当ロールには、既存の権限を照会せずにタスクと履歴の閲覧権限が付く")
  void aNewTasksRoleIsGrantedWithoutALookup() {
    String[] instance = new String[1];
    EngineStatements start = EngineStatements.during(configuration,
        () -> instance[0] = runtimeService.startProcessInstanceByKey(KEY).getId());
    String task = taskService.createTaskQuery().processInstanceId(instance[0]).singleResult().getId();

    assertThat(start.count(GRANT_LOOKUP)).as("%s", start).isZero();
    assertThat(grants("committee", Resources.TASK, task)).isOne();
    assertThat(grants("committee", Resources.HISTORIC_TASK, task)).isOne();
  }

  @Test
  @DisplayName("既存のタスクにロールを加えると権限は照会され、同じロールが二重に付くことはない")
  void aRoleAddedLaterIsLookedUpAndMerged() {
    String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    EngineStatements again = EngineStatements.during(configuration,
        () -> taskService.addCandidateGroup(task, "committee"));
    taskService.addCandidateGroup(task, "auditors");

    assertThat(again.count(GRANT_LOOKUP)).as("%s", again).isPositive();
    assertThat(grants("committee", Resources.TASK, task)).isOne();
    assertThat(grants("auditors", Resources.TASK, task)).isOne();
  }

  private long grants(String group, Resource resource, String task) {
    return authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(task).count();
  }

  @Override
  protected BpmnModelInstance model() {
    return oneTaskModel(KEY, "新しいタスクの権限の試験", 1);
  }
}
