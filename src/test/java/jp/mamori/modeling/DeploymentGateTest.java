package jp.mamori.modeling;

import static jp.mamori.modeling.ModelFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployment gate (ADR 0006) in front of the engine's REST API, as the Camunda Modeler meets it: a process owner
 * deploys a good model; every rule refuses its bad model with 400, the element id, the problem and the remedy, and
 * the engine stays as it was.
 */
class DeploymentGateTest extends IntegrationTest {

  @Autowired RepositoryService repositoryService;

  private final List<String> deploymentNames = new ArrayList<>();

  @AfterEach
  void removeOwnDeployments() {
    for (String name : deploymentNames) {
      repositoryService.createDeploymentQuery().deploymentName(name).list()
          .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }
  }

  @Test
  void aProcessOwnerDeploysAGoodModelFromTheModeler() {
    String name = name();

    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", name,
        ModelFixtures.withForm("gate-good.bpmn"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String deploymentId = Rest.json(response).path("id").asText();
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
        .isEqualTo("gateGood");
    assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
        .containsExactlyInAnyOrder("gate-good.bpmn", "gate-sample.form");
  }

  @Test
  void aNurseGetsTheEnginesRefusalNotTheGatesDetails() {
    String name = name();

    HttpResponse<String> good = ModelFixtures.deploy(baseUrl(), "nurse", name,
        ModelFixtures.withForm("gate-good.bpmn"));
    HttpResponse<String> bad = ModelFixtures.deploy(baseUrl(), "nurse", name,
        ModelFixtures.withForm("gate-script-task.bpmn"));

    for (HttpResponse<String> response : List.of(good, bad)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
      assertThat(Rest.json(response).path("type").asText()).isEqualTo("AuthorizationException");
    }
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  static Stream<Arguments> badModels() {
    return Stream.of(
        Arguments.of("gate-no-role.bpmn", "gateNoRole", "NO_ROLE", "Task_Review", "ロールがありません"),
        Arguments.of("gate-unknown-group.bpmn", "gateUnknownGroup", "UNKNOWN_GROUP", "Task_Review", "ward-chief"),
        Arguments.of("gate-named-person.bpmn", "gateNamedPerson", "NAMED_PERSON", "Task_Review", "nurse"),
        Arguments.of("gate-no-form.bpmn", "gateNoForm", "NO_FORM", "Task_Review", "フォームがありません"),
        Arguments.of("gate-script-task.bpmn", "gateScriptTask", "SCRIPT", "Task_Script", "スクリプト"),
        Arguments.of("gate-inline-script.bpmn", "gateInlineScript", "SCRIPT", "Task_Review", "camunda:script"),
        Arguments.of("gate-java-class.bpmn", "gateJavaClass", "JAVA_CLASS", "Task_Mail", "org.example.SendMail"),
        Arguments.of("gate-task-listener.bpmn", "gateTaskListener", "JAVA_CLASS", "Task_Review",
            "org.example.Listener"),
        Arguments.of("gate-unknown-bean.bpmn", "gateUnknownBean", "UNKNOWN_BEAN", "Task_Mail", "mailRobot"),
        Arguments.of("gate-unknown-bean.bpmn", "gateUnknownBean", "UNKNOWN_BEAN", "Task_Delete", "runtimeService"),
        Arguments.of("gate-no-diagram.bpmn", "gateNoDiagram", "NO_DIAGRAM", null, "BPMNDiagram"),
        Arguments.of("gate-partial-diagram.bpmn", "gatePartialDiagram", "NO_DIAGRAM", "Task_Remind", "Task_Remind"),
        Arguments.of("gate-no-ttl.bpmn", "gateNoTtl", "NO_HISTORY_TTL", "gateNoTtl", "History time to live"),
        Arguments.of("gate-no-ttl.dmn", "gateRuleNoTtl", "NO_HISTORY_TTL", "gateRuleNoTtl", "履歴の保存期間"),
        Arguments.of("gate-no-ttl.dmn", "gateRuleNoTtl", "SCRIPT", "InputExpression_amount", "javascript"),
        Arguments.of("gate-no-ttl.dmn", "gateRuleNoTtl", "NO_DIAGRAM", "gateRuleNoTtl", "gateRuleNoTtl"));
  }

  @ParameterizedTest(name = "{0}: {2} at {3}")
  @MethodSource("badModels")
  void eachRuleRefusesItsBadModelAndChangesNothing(String file, String key, String rule, String elementId,
      String inMessage) {
    String name = name();
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", name, ModelFixtures.withForm(file));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode body = Rest.json(response);
    assertThat(body.path("type").asText()).isEqualTo("DeploymentGateException");
    JsonNode problem = problem(body, rule, elementId);
    assertThat(problem).as(response.body()).isNotNull();
    assertThat(problem.path("resource").asText()).isEqualTo(file);
    assertThat(problem.path("problem").asText() + problem.path("problemEn").asText()
        + problem.path("remedy").asText() + problem.path("remedyEn").asText()).contains(inMessage);
    assertThat(problem.path("remedy").asText()).isNotBlank();
    assertThat(problem.path("remedyEn").asText()).isNotBlank();
    // the message the Modeler shows: the element, what is wrong and what to do, in Japanese and English
    String message = body.path("message").asText();
    assertThat(message).startsWith("デプロイを受け付けませんでした").contains("The deployment was refused")
        .contains(problem.path("problem").asText()).contains(problem.path("remedy").asText());
    if (elementId != null) {
      assertThat(message).contains(file + " / " + elementId);
    }
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()
        + repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()).isZero();
  }

  @Test
  void aFormBoundToTheDeploymentMustComeWithIt() {
    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", name(),
        Map.of("gate-good.bpmn", ModelFixtures.read("gate-good.bpmn")));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(Rest.json(response), "FORM_NOT_IN_DEPLOYMENT", "Task_Review")).isNotNull();
  }

  @Test
  void oneBadModelRefusesTheWholeDeployment() {
    String name = name();
    Map<String, byte[]> files = new LinkedHashMap<>(ModelFixtures.withForm("gate-good.bpmn"));
    files.put("gate-no-role.bpmn", ModelFixtures.read("gate-no-role.bpmn"));

    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", name, files);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("gateGood").count()).isZero();
  }

  @Test
  void theNamedEnginePathIsGatedToo() {
    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "/engine/default/deployment/create", "modeler",
        name(), ModelFixtures.withForm("gate-script-task.bpmn"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("gateScriptTask").count())
        .isZero();
  }

  @Test
  void filesOtherThanModelsAndFormsAreRefused() {
    Map<String, byte[]> files = new LinkedHashMap<>(ModelFixtures.withForm("gate-good.bpmn"));
    files.put("helper.groovy", "println 'hello'".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", name(), files);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(Rest.json(response), "UNSUPPORTED_RESOURCE", null).path("resource").asText())
        .isEqualTo("helper.groovy");
  }

  /**
   * A redeployment is a new deployment of stored resources: checked again, as the person who redeploys. Here the
   * source was deployed by the application (no form: the rules on code only), as a deployment from before the gate.
   */
  @Test
  void aRedeploymentIsGatedToo() {
    String name = name();
    String deploymentId = repositoryService.createDeployment().name(name)
        .addInputStream("gate-no-form.bpmn", new ByteArrayInputStream(ModelFixtures.read("gate-no-form.bpmn")))
        .deploy().getId();

    HttpResponse<String> response = Rest.as(baseUrl(), "modeler", ModelFixtures.PASSWORD)
        .post("/deployment/" + deploymentId + "/redeploy", "{}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(problem(Rest.json(response), "NO_FORM", "Task_Review")).isNotNull();
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("第10条・ADR 0063: 患者の情報を扱う手続(needToKnow)の新しい版は、その指定を外してデプロイできない")
  void aProcedureHoldingPatientDataKeepsSayingSo() {
    String key = "gateNeedToKnow" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    String withNeedToKnow = sample(key, "<bpmn:extensionElements><camunda:properties>"
        + "<camunda:property name=\"needToKnow\" value=\"true\" /></camunda:properties></bpmn:extensionElements>");
    assertThat(deploySample(withNeedToKnow).statusCode()).isEqualTo(200);

    HttpResponse<String> dropped = deploySample(sample(key, ""));

    assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(400);
    assertThat(problem(Rest.json(dropped), "NEED_TO_KNOW_DROPPED", key)).as(dropped.body()).isNotNull();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
    assertThat(deploySample(withNeedToKnow).statusCode()).as("a new version that keeps it").isEqualTo(200);
    assertThat(deploySample(sample(key + "Plain", "")).statusCode()).as("a procedure that never held it")
        .isEqualTo(200);
  }

  private static String sample(String key, String extensions) {
    return new String(ModelFixtures.read("version-sample-v1.bpmn"), StandardCharsets.UTF_8)
        .replace("versionSample", key)
        .replace("camunda:historyTimeToLive=\"P30D\">", "camunda:historyTimeToLive=\"P30D\">" + extensions);
  }

  private HttpResponse<String> deploySample(String bpmn) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("need-to-know.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));
    files.put(ModelFixtures.FORM, ModelFixtures.read(ModelFixtures.FORM));
    return ModelFixtures.deploy(baseUrl(), "modeler", name(), files);
  }

  @Test
  void aBodyTheGateCannotReadIsRefused() {
    HttpResponse<String> response = Rest.as(baseUrl(), "modeler", ModelFixtures.PASSWORD)
        .post("/deployment/create", "{\"not\":\"multipart\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Rest.json(response).path("type").asText()).isEqualTo("DeploymentGateException");
  }

  @Test
  void everyProblemIsAlsoGivenInEnglish() {
    JsonNode body = Rest.json(ModelFixtures.deploy(baseUrl(), "modeler", name(),
        ModelFixtures.withForm("gate-no-form.bpmn")));

    assertThat(body.path("problems").get(0).path("problemEn").asText()).isEqualTo("The user task has no form.");
  }

  private String name() {
    String name = "gate-test-" + UUID.randomUUID();
    deploymentNames.add(name);
    return name;
  }
}
