package jp.mamori.modeling;

import static jp.mamori.modeling.ModelFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Expressions are code (ADR 0006): whatever attribute an expression is written in, one that reaches the
 * environment, the data source or the engine's services is refused — here through the Java API, which every other
 * channel shares — and the engine stays as it was. What the shipped models write is admitted.
 */
class ExpressionGateTest extends IntegrationTest {

  /** The three reaches of issue #11: the database URL, the OS user's connection, every user of the identity service. */
  static final Map<String, GateRule> FORBIDDEN = Map.of(
      "${environment.getProperty('spring.datasource.url')}", GateRule.UNKNOWN_BEAN,
      "${dataSource.connection.metaData.userName}", GateRule.UNKNOWN_BEAN,
      "${execution.getProcessEngineServices().getIdentityService().createUserQuery().list()}",
      GateRule.ENGINE_OBJECT);

  /** Every place a model can hold an expression; EXPR is replaced, Task_X is the element the problem names. */
  static final Map<String, String> PLACES = Map.ofEntries(
      Map.entry("input parameter", "<userTask id='Task_X'><extensionElements><camunda:inputOutput>"
          + "<camunda:inputParameter name='v'>EXPR</camunda:inputParameter></camunda:inputOutput>"
          + "</extensionElements></userTask>"),
      Map.entry("output parameter", "<userTask id='Task_X'><extensionElements><camunda:inputOutput>"
          + "<camunda:outputParameter name='v'>EXPR</camunda:outputParameter></camunda:inputOutput>"
          + "</extensionElements></userTask>"),
      Map.entry("candidateGroups", "<userTask id='Task_X' camunda:candidateGroups=\"EXPR\"/>"),
      Map.entry("candidateUsers", "<userTask id='Task_X' camunda:candidateUsers=\"EXPR\"/>"),
      Map.entry("assignee", "<userTask id='Task_X' camunda:assignee=\"EXPR\"/>"),
      Map.entry("dueDate", "<userTask id='Task_X' camunda:dueDate=\"EXPR\"/>"),
      Map.entry("followUpDate", "<userTask id='Task_X' camunda:followUpDate=\"EXPR\"/>"),
      Map.entry("service task expression", "<serviceTask id='Task_X' camunda:expression=\"EXPR\"/>"),
      Map.entry("job priority", "<serviceTask id='Task_X' camunda:asyncBefore='true' camunda:expression='${true}' "
          + "camunda:jobPriority=\"EXPR\"/>"),
      Map.entry("condition", "<serviceTask id='Task_X' camunda:expression='${true}'/>"
          + "<sequenceFlow id='Flow_Condition' sourceRef='Task_X' targetRef='End'>"
          + "<conditionExpression xsi:type='tFormalExpression'>EXPR</conditionExpression></sequenceFlow>"),
      Map.entry("timer", "<intermediateCatchEvent id='Task_X'><timerEventDefinition id='Timer_X'>"
          + "<timeDate xsi:type='tFormalExpression'>EXPR</timeDate></timerEventDefinition></intermediateCatchEvent>"),
      Map.entry("execution listener", "<userTask id='Task_X'><extensionElements>"
          + "<camunda:executionListener event='start' expression=\"EXPR\"/></extensionElements></userTask>"),
      Map.entry("listener field", "<userTask id='Task_X'><extensionElements>"
          + "<camunda:taskListener event='create' delegateExpression='${remindIdleTask}'>"
          + "<camunda:field name='f'><camunda:expression>EXPR</camunda:expression></camunda:field>"
          + "</camunda:taskListener></extensionElements></userTask>"),
      Map.entry("multi-instance collection", "<userTask id='Task_X'><multiInstanceLoopCharacteristics "
          + "camunda:collection=\"EXPR\" camunda:elementVariable='e'/></userTask>"),
      Map.entry("multi-instance cardinality", "<userTask id='Task_X'><multiInstanceLoopCharacteristics>"
          + "<loopCardinality>EXPR</loopCardinality></multiInstanceLoopCharacteristics></userTask>"),
      Map.entry("completion condition", "<userTask id='Task_X'><multiInstanceLoopCharacteristics>"
          + "<loopCardinality>2</loopCardinality><completionCondition>EXPR</completionCondition>"
          + "</multiInstanceLoopCharacteristics></userTask>"),
      Map.entry("called element", "<callActivity id='Task_X' calledElement=\"EXPR\"/>"),
      Map.entry("form field default", "<userTask id='Task_X'><extensionElements><camunda:formData>"
          + "<camunda:formField id='f' type='string' defaultValue=\"EXPR\"/></camunda:formData>"
          + "</extensionElements></userTask>"));

  @Autowired RepositoryService repositoryService;
  @Autowired ModelReferences references;
  @Autowired DeploymentGate gate;

  static Stream<Arguments> forbiddenExpressionsEverywhere() {
    List<Arguments> cases = new ArrayList<>();
    PLACES.forEach((place, element) -> FORBIDDEN.forEach((expression, rule) ->
        cases.add(Arguments.of(place, expression, rule, element.replace("EXPR", expression)))));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("forbiddenExpressionsEverywhere")
  void anExpressionThatReachesBeyondTheModelBeansIsRefusedWhereverItIsWritten(String place, String expression,
      GateRule rule, String element) {
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    assertThatThrownBy(() -> deploy(element))
        .isInstanceOfSatisfying(DeploymentGateException.class, refused -> assertThat(refused.problems())
            .as(refused.getMessage())
            .anyMatch(p -> p.rule() == rule && owner(place).equals(p.elementId())));

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("gateExpression").count())
        .isZero();
  }

  @Test
  void overRestTheProcessOwnerSeesWhichExpressionAndWhere() {
    byte[] model = model(PLACES.get("input parameter").replace("EXPR",
        "${environment.getProperty('spring.datasource.url')}"));

    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", "gate-expression-rest",
        Map.of("gate-expression.bpmn", model));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(problem(Rest.json(response), "UNKNOWN_BEAN", "Task_X").path("problem").asText())
        .contains("environment");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("gate-expression-rest").count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${reviewDecision == 'return'}", "${openActionCount > 0 && !done}", "${initiator}",
      "${businessCalendar.dueInBusinessDays(purposeDeadlines.reviewDays)}", "${auditCase.open(execution)}",
      "${incidentCase.submitted(task, 'FINAL')}", "${auditSettings.leadGroup}", "${remindIdleTask}",
      "${execution.getVariable('decision')}", "${execution.processBusinessKey}", "${now()}",
      "${empty comment ? 'none' : comment}", "申請 ${reviewDecision} の結果", "no expression at all"})
  void whatTheModelsWriteIsAdmitted(String expression) {
    assertThat(ExpressionCheck.check(expression, references)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${auditCase.getClass()}", "${auditCase.class}", "${auditSettings.leadGroup.bytes}", "${auditCase['open']}",
      "${comment.getClass().forName('java.lang.Runtime')}", "${comment.bytes}", "${task.delegationState}",
      "${execution.processEngine}", "${execution}", "${runtimeService.deleteProcessInstance(execution.id, null)}",
      "${environment}", "${fn:exec()}", "${repositoryService}", "${unclosed"})
  void whatReachesFurtherIsRefused(String expression) {
    assertThat(ExpressionCheck.check(expression, references)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"R/PT5M", "R3/PT59M", "R/2027-01-01T00:00:00/PT30S", "0 */5 * * * ?", "0 0,30 9 * * ?",
      "* 0 9 * * ?", "${cycle}", "every hour"})
  void aTimerCycleShorterThanAnHourOrFromAVariableIsRefused(String cycle) {
    assertThatThrownBy(() -> deploy(cycleTimer(cycle)))
        .isInstanceOfSatisfying(DeploymentGateException.class, refused -> assertThat(refused.problems())
            .extracting(GateProblem::rule).contains(GateRule.TIMER_CYCLE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"R/PT1H", "R/P1D", "R5/2027-04-01T09:00:00/P1Y", "0 0 9 * * ?", "0 30 */2 * * ?",
      "${auditSettings.cycle}"})
  void aTimerCycleOfAnHourOrMoreIsAdmitted(String cycle) {
    assertThat(gate.check(Map.of("cycle.bpmn", model(cycleTimer(cycle))), GateScope.CODE_ONLY)).isEmpty();
  }

  @Test
  void aModelLargerThanTwoMegabytesIsRefused() {
    String padding = "<!--" + "x".repeat(DeploymentGate.MAX_MODEL_BYTES) + "-->";
    byte[] large = (new String(model("<userTask id='Task_X'/>"), StandardCharsets.UTF_8) + padding)
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> repositoryService.createDeployment().name("gate-too-large")
        .addInputStream("large.bpmn", new ByteArrayInputStream(large)).deploy())
        .isInstanceOfSatisfying(DeploymentGateException.class, refused -> assertThat(refused.problems())
            .extracting(GateProblem::rule).containsExactly(GateRule.TOO_LARGE));
  }

  /** The conditional flow is the element with the expression; elsewhere it is the task. */
  private static String owner(String place) {
    return place.equals("condition") ? "Flow_Condition" : "Task_X";
  }

  private static String cycleTimer(String cycle) {
    return "<intermediateCatchEvent id='Task_X'><timerEventDefinition id='Timer_X'>"
        + "<timeCycle xsi:type='tFormalExpression'>" + cycle + "</timeCycle></timerEventDefinition>"
        + "</intermediateCatchEvent>";
  }

  private void deploy(String element) {
    repositoryService.createDeployment().name("gate-expression")
        .addInputStream("gate-expression.bpmn", new ByteArrayInputStream(model(element))).deploy();
  }

  /** A process start → element → end, without diagram or forms: the application's deployment, code rules only. */
  static byte[] model(String element) {
    String flowToEnd = element.contains("Flow_Condition") ? ""
        : "<sequenceFlow id='Flow_2' sourceRef='Task_X' targetRef='End'/>";
    return ("<?xml version='1.0' encoding='UTF-8'?>"
        + "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' "
        + "xmlns:camunda='http://camunda.org/schema/1.0/bpmn' "
        + "xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' id='Definitions_X' targetNamespace='urn:mamori'>"
        + "<process id='gateExpression' name='式の点検' isExecutable='true' camunda:historyTimeToLive='1'>"
        + "<startEvent id='Start'/><sequenceFlow id='Flow_1' sourceRef='Start' targetRef='Task_X'/>"
        + element + flowToEnd + "<endEvent id='End'/></process></definitions>").getBytes(StandardCharsets.UTF_8);
  }
}
