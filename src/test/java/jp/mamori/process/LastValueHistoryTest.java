package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.FixtureModelTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The history keeps each variable's last value and no copy per change (ADR 0049): no detail rows, the last value in
 * the variable's history row, text and checklist alike, and who changed a variable still in the operation log.
 */
class LastValueHistoryTest extends FixtureModelTest {

  private static final String KEY = "lastValueHistoryFixture";
  private static final String EDITOR = "history-test-editor";

  @Autowired private IdentityService identityService;
  @Autowired private AuthorizationService authorizationService;
  @Autowired private ProcessEngineConfigurationImpl configuration;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
    authorizationService.createAuthorizationQuery().userIdIn(EDITOR).list()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
  }

  @Test
  @DisplayName("エンジンの履歴レベルはfullと同じ番号(3)のfull-last-value: fullで作られたデータベースがそのまま起動する")
  void theLevelKeepsFullsId() {
    HistoryLevel level = configuration.getHistoryLevel();

    assertThat(level.getName()).isEqualTo("full-last-value");
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(managementService.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
  }

  @Test
  @DisplayName("変数を書き換えても値の写しは履歴に残らず、変数の履歴は最後の値を持ち、誰が書き換えたかは操作ログに残る")
  void aChangedVariableKeepsItsLastValueOnly() {
    String instance = runtimeService.startProcessInstanceByKey(KEY, Map.of(
        "purposeText", "院内分析", "collectionMethods", new ArrayList<>(List.of("self")))).getId();

    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(EDITOR);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(KEY);
    grant.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE);
    authorizationService.saveAuthorization(grant);
    identityService.setAuthenticatedUserId(EDITOR);
    runtimeService.setVariable(instance, "purposeText", "院内症例研究");
    runtimeService.setVariable(instance, "collectionMethods", new ArrayList<>(List.of("self", "others")));
    identityService.clearAuthentication();

    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
    assertThat(lastValue(instance, "purposeText")).isEqualTo("院内症例研究");
    assertThat(lastValue(instance, "collectionMethods")).isEqualTo(List.of("self", "others"));
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(instance)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).list())
        .hasSize(2).allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo(EDITOR));
  }

  @Test
  @DisplayName("事案が終わっても変数の履歴は最後の値を持ち、値の写しは残らない")
  void anEndedCaseKeepsTheLastValues() {
    String instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("purposeText", "院内分析")).getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("reviewDecision", "forward"));

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count())
        .isOne();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
    assertThat(lastValue(instance, "purposeText")).isEqualTo("院内分析");
    assertThat(lastValue(instance, "reviewDecision")).isEqualTo("forward");
  }

  private Object lastValue(String instance, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance).variableName(name).singleResult();
    return variable.getValue();
  }

  @Override
  protected BpmnModelInstance model() {
    return oneTaskModel(KEY, "履歴の試験", 1);
  }
}
