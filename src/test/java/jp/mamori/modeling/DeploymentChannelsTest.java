package jp.mamori.modeling;

import static jp.mamori.modeling.ModelFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.mamori.organization.Role;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.WebSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gate sees what the engine deploys, on every channel (ADR 0006): the multipart shapes that once carried a
 * script task past a gate reading the body itself are refused with 400; the Camunda Modeler's own request still
 * deploys; the Java API, redeployment and the API behind Cockpit meet the same gate; and nothing changes when it
 * refuses.
 */
class DeploymentChannelsTest extends IntegrationTest {

  private static final String SCRIPT_MODEL = "gate-script-task.bpmn";
  private static final String SCRIPT_KEY = "gateScriptTask";

  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  private final List<String> deploymentNames = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    for (String name : deploymentNames) {
      repositoryService.createDeploymentQuery().deploymentName(name).list()
          .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }
  }

  /** A good model and a script task, packed so that two readers of the body could disagree on what it holds. */
  static Stream<Arguments> ambiguousRequests() {
    String b = "----MamoriBypass" + UUID.randomUUID().toString().replace("-", "");
    String decoy = "----Decoy" + UUID.randomUUID().toString().replace("-", "");
    return Stream.of(
        Arguments.of("two boundary parameters", "multipart/form-data; boundary=" + decoy + "; boundary=" + b, b,
            List.of(part("gate-good.bpmn", "gate-good.bpmn"), part(SCRIPT_MODEL, SCRIPT_MODEL))),
        Arguments.of("a parameter that ends in boundary", "multipart/form-data; xboundary=" + decoy + "; boundary="
            + b, b, List.of(part(SCRIPT_MODEL, SCRIPT_MODEL))),
        Arguments.of("two parts with the same file name", "multipart/form-data; boundary=" + b, b,
            List.of(part("first", "gate-good.bpmn", "gate-good.bpmn"),
                part("second", "gate-good.bpmn", SCRIPT_MODEL))),
        Arguments.of("two parts with the same name", "multipart/form-data; boundary=" + b, b,
            List.of(part("model", "gate-good.bpmn", "gate-good.bpmn"), part("model", "other.bpmn", SCRIPT_MODEL))),
        Arguments.of("a second file name parameter", "multipart/form-data; boundary=" + b, b,
            List.of("Content-Disposition: form-data; name=\"m\"; filename=\"gate-good.bpmn\"; filename*=UTF-8''x.bpmn"
                + "\r\n\r\n" + new String(ModelFixtures.read(SCRIPT_MODEL), StandardCharsets.UTF_8))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ambiguousRequests")
  void anAmbiguousMultipartBodyIsRefusedAndNothingIsDeployed(String shape, String contentType, String boundary,
      List<String> parts) {
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    HttpResponse<String> response = Rest.as(baseUrl(), "modeler", ModelFixtures.PASSWORD)
        .postRaw("/deployment/create", contentType, body(boundary, parts));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(Rest.json(response).path("type").asText()).isEqualTo("DeploymentGateException");
    assertThat(problem(Rest.json(response), "AMBIGUOUS_REQUEST", null)).as(response.body()).isNotNull();
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(SCRIPT_KEY).count()).isZero();
  }

  /**
   * The request Camunda Modeler 5 builds with the browser's FormData: its fields, the diagram as text/xml, the
   * attached form as application/octet-stream, each part named after its file, a WebKit boundary.
   */
  @Test
  void theModelersOwnDeployRequestDeploys() {
    String name = name();
    String boundary = "----WebKitFormBoundary" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    List<String> parts = List.of(
        field("deployment-name", name),
        field("deployment-source", "Camunda Modeler"),
        field("deploy-changed-only", "true"),
        field("enable-duplicate-filtering", "true"),
        "Content-Disposition: form-data; name=\"gate-good.bpmn\"; filename=\"gate-good.bpmn\"\r\n"
            + "Content-Type: text/xml\r\n\r\n" + text("gate-good.bpmn"),
        "Content-Disposition: form-data; name=\"gate-sample.form\"; filename=\"gate-sample.form\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n" + text(ModelFixtures.FORM));

    HttpResponse<String> response = Rest.as(baseUrl(), "modeler", ModelFixtures.PASSWORD)
        .postRaw("/deployment/create", "multipart/form-data; boundary=" + boundary, body(boundary, parts));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String id = Rest.json(response).path("id").asText();
    assertThat(repositoryService.getDeploymentResourceNames(id))
        .containsExactlyInAnyOrder("gate-good.bpmn", "gate-sample.form");
    assertThat(repositoryService.createDeploymentQuery().deploymentId(id).singleResult().getSource())
        .isEqualTo("Camunda Modeler");
  }

  @Test
  void theJavaApiMeetsTheGate() {
    String name = name();
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    assertThatThrownBy(() -> deployment(name, SCRIPT_MODEL).deploy())
        .isInstanceOfSatisfying(DeploymentGateException.class, refused -> assertThat(refused.problems())
            .extracting(GateProblem::rule, GateProblem::elementId).contains(
                org.assertj.core.groups.Tuple.tuple(GateRule.SCRIPT, "Task_Script")));

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(SCRIPT_KEY).count()).isZero();
  }

  /** Whoever is logged in when the Java API deploys is a person deploying: every rule, not only the rules on code. */
  @Test
  void theJavaApiAsAPersonMeetsEveryRule() {
    identityService.setAuthentication("modeler", List.of(Role.PROCESS_OWNER.groupId()));

    assertThatThrownBy(() -> deployment(name(), "gate-no-form.bpmn").deploy())
        .isInstanceOfSatisfying(DeploymentGateException.class, refused -> assertThat(refused.problems())
            .extracting(GateProblem::rule).contains(GateRule.NO_FORM));
  }

  @Test
  void aRedeploymentThroughTheJavaApiIsGatedAsTheOriginal() {
    String name = name();
    String source = deployment(name, "gate-no-form.bpmn").deploy().getId();
    identityService.setAuthentication("modeler", List.of(Role.PROCESS_OWNER.groupId()));

    assertThatThrownBy(() -> repositoryService.createDeployment().nameFromDeployment(source)
        .addDeploymentResources(source).deploy())
        .isInstanceOf(DeploymentGateException.class);
    identityService.clearAuthentication();
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isEqualTo(1);
  }

  /**
   * The gate looks up a group inside the engine's deployment, where the engine checks no authorizations: a process
   * owner, who may not read the group list, names a group that exists and deploys.
   */
  @Test
  void aProcessOwnerNamesAGroupTheyCannotReadAndDeploys() {
    String groupId = "gate-ward-" + UUID.randomUUID().toString().substring(0, 8);
    identityService.saveGroup(identityService.newGroup(groupId));
    try {
      byte[] model = text("gate-good.bpmn").replace("camunda:candidateGroups=\"supervising-manager\"",
          "camunda:candidateGroups=\"" + groupId + "\"").getBytes(StandardCharsets.UTF_8);
      assertThat(Rest.as(baseUrl(), "modeler", ModelFixtures.PASSWORD).get("/group/" + groupId).statusCode())
          .as("the process owner cannot read the group").isIn(403, 404);

      HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", name(),
          Map.of("gate-good.bpmn", model, ModelFixtures.FORM, ModelFixtures.read(ModelFixtures.FORM)));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    } finally {
      identityService.deleteGroup(groupId);
    }
  }

  /** Cockpit's pages call the same REST resources under /camunda/api/engine, with the session and its token. */
  @Test
  void theApiBehindCockpitMeetsTheGate() {
    String name = name();
    String source = deployment(name, "gate-no-form.bpmn").deploy().getId();
    String engine = "/camunda/api/engine/engine/default";
    WebSession modeler = WebSession.loggedIn(baseUrl(), "modeler", ModelFixtures.PASSWORD);
    modeler.get(engine + "/deployment/count", Map.of("Accept", "application/json"));
    String xsrf = modeler.cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));

    HttpResponse<String> response = modeler.sendJson("POST", engine + "/deployment/" + source + "/redeploy", "{}",
        Map.of("Accept", "application/json", "X-XSRF-TOKEN", xsrf));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(Rest.json(response).path("type").asText()).isEqualTo("DeploymentGateException");
    assertThat(Rest.json(response).path("message").asText()).contains("Task_Review");
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isEqualTo(1);
  }

  private DeploymentBuilder deployment(String name, String model) {
    return repositoryService.createDeployment().name(name)
        .addInputStream(model, new ByteArrayInputStream(ModelFixtures.read(model)));
  }

  private static String part(String fileName, String model) {
    return part(fileName, fileName, model);
  }

  private static String part(String name, String fileName, String model) {
    return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + text(model);
  }

  private static String field(String name, String value) {
    return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value;
  }

  private static String text(String fixture) {
    return new String(ModelFixtures.read(fixture), StandardCharsets.UTF_8);
  }

  private static byte[] body(String boundary, List<String> parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String part : parts) {
      body.writeBytes(("--" + boundary + "\r\n" + part + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private String name() {
    String name = "gate-channel-" + UUID.randomUUID();
    deploymentNames.add(name);
    return name;
  }
}
