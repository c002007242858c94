package jp.mamori.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import jp.mamori.purpose.PurposeCase;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second wall (ADR 0006): should an expression ever get past the gate, the engine's expression manager still
 * resolves the model beans and nothing else of the application — evaluated here as the engine evaluates a model's
 * expression, against a running case.
 */
class ModelBeanWallTest extends IntegrationTest {

  @Autowired SpringProcessEngineConfiguration configuration;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  private String deploymentId;
  private String caseId;

  @BeforeEach
  void aRunningCase() {
    deploymentId = repositoryService.createDeployment().name("gate-second-wall")
        .addInputStream("gate-second-wall.bpmn",
            new ByteArrayInputStream(ExpressionGateTest.model("<userTask id='Task_X'/>")))
        .deploy().getId();
    caseId = runtimeService.startProcessInstanceByKey("gateExpression").getId();
  }

  @AfterEach
  void removeIt() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"environment", "dataSource", "runtimeService", "identityService",
      "processEngineConfigurationImpl", "deploymentGate", "staffDirectory"})
  void noOtherBeanIsResolvable(String bean) {
    assertThatThrownBy(() -> evaluate("${" + bean + "}"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(bean);
  }

  @Test
  void theModelBeansAre() {
    assertThat(evaluate("${purposeCase}")).isInstanceOf(PurposeCase.class);
    assertThat(evaluate("${businessCalendar.dueInBusinessDays(1)}")).isNotNull();
  }

  private Object evaluate(String expression) {
    return configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
        .createExpression(expression).getValue(context.getExecutionManager().findExecutionById(caseId)));
  }
}
