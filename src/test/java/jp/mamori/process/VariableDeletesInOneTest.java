package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.mamori.testing.FixtureModelTest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbBulkOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationType;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The variables one command deletes go to the database in one statement, with the engine's optimistic lock kept
 * (issue 18, {@link VariableDeletesInOne}).
 */
class VariableDeletesInOneTest extends FixtureModelTest {

  private static final String KEY = "variableDeletesInOne";

  @Autowired ProcessEngineConfigurationImpl configuration;

  @Override
  protected BpmnModelInstance model() {
    return oneTaskModel(KEY, "変数の一括削除の試験", 1);
  }

  @Test
  @DisplayName("ひとつのフラッシュの変数の削除は、100件ずつ1つの文にまとめられる")
  void theDeletesOfOneFlushBecomeOneStatementPerHundred() {
    DbOperationManager operations = new DbOperationManager();
    IntStream.range(0, 201).forEach(n -> operations.addOperation(deleteOf("variable-" + n)));

    VariableDeletesInOne.merge(operations);

    assertThat(operations.bulkOperations.get(VariableInstanceEntity.class))
        .extracting(DbBulkOperation::getStatement).containsOnly(VariableDeletesInOne.STATEMENT).hasSize(2);
    assertThat(operations.bulkOperations.get(VariableInstanceEntity.class))
        .extracting(bulk -> ((Map<?, ?>) bulk.getParameter()).get("variables"))
        .allSatisfy(variables -> assertThat((List<?>) variables).hasSize(100));
    assertThat(operations.deletes.get(VariableInstanceEntity.class)).as("the one left over").hasSize(1);
  }

  @Test
  @DisplayName("変数がひとつだけの削除は、エンジンのままの文で行われる")
  void aSingleDeleteStaysTheEnginesOwn() {
    DbOperationManager operations = new DbOperationManager();
    operations.addOperation(deleteOf("only-variable"));

    VariableDeletesInOne.merge(operations);

    assertThat(operations.bulkOperations).isEmpty();
    assertThat(operations.deletes.get(VariableInstanceEntity.class)).hasSize(1);
  }

  @Test
  @DisplayName("案件が終わると、すべての型の変数が消え、履歴には残る")
  void aCasesVariablesOfEveryTypeAreGoneWhenItEndsAndStayInTheHistory() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("text", "第12条");
    variables.put("number", 12L);
    variables.put("empty", null);
    variables.put("flag", true);
    variables.put("bytes", new byte[] {1, 2, 3});
    String id = runtimeService.startProcessInstanceByKey(KEY, variables).getId();

    taskService.complete(taskService.createTaskQuery().processInstanceId(id).singleResult().getId());

    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(id).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id).list())
        .extracting(variable -> variable.getName()).contains("text", "number", "empty", "flag", "bytes");
  }

  @Test
  @DisplayName("変数が100件を超える案件も、削除するとすべての変数が消える")
  void aCaseWithMoreThanAHundredVariablesIsDeletedWhole() {
    Map<String, Object> variables = new HashMap<>();
    IntStream.range(0, 150).forEach(n -> variables.put("v" + n, n % 2 == 0 ? "text " + n : (Object) (long) n));
    String id = runtimeService.startProcessInstanceByKey(KEY, variables).getId();

    runtimeService.deleteProcessInstance(id, "試験");

    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(id).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
  }

  @Test
  @DisplayName("読んだ後に別のトランザクションが変えた変数があれば、案件の削除は楽観ロックで失敗し、何も消えない")
  void aVariableChangedMeanwhileFailsTheDeleteLikeTheEnginesOwnLock() {
    String id = runtimeService.startProcessInstanceByKey(KEY,
        Map.of("reason", "第12条の届出", "count", 1L, "other", "残す")).getId();

    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
      ExecutionEntity instance = context.getExecutionManager().findExecutionById(id);
      instance.getVariables(); // read in this transaction, at revision 1
      configuration.getCommandExecutorTxRequiresNew().execute((Command<Void>) meanwhile -> {
        runtimeService.setVariable(id, "reason", "別の理由");
        return null;
      });
      runtimeService.deleteProcessInstance(id, "試験");
      return null;
    })).isInstanceOf(OptimisticLockingException.class).hasMessageContaining(VariableDeletesInOne.STATEMENT);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isOne();
    assertThat(runtimeService.getVariables(id))
        .containsEntry("reason", "別の理由").containsEntry("count", 1L).containsEntry("other", "残す");
    runtimeService.deleteProcessInstance(id, "後片付け");
  }

  private static DbEntityOperation deleteOf(String variableId) {
    VariableInstanceEntity variable = new VariableInstanceEntity();
    variable.setId(variableId);
    DbEntityOperation delete = new DbEntityOperation();
    delete.setEntity(variable);
    delete.setEntityType(VariableInstanceEntity.class);
    delete.setOperationType(DbOperationType.DELETE);
    return delete;
  }
}
