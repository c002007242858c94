package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.WebSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /engine-rest with HTTP Basic and nothing else (docs/adr/0002-one-login.md): no anonymous access, no access with the
 * app's session cookie, models deployed only by the process owner (as the Camunda
 * Modeler does it), and the executive's view read-only — an executive may look at a request filed under 第12条 but
 * neither suspend nor delete it. Refusals must come from the engine's authorizations, so each is checked to be the
 * engine's AuthorizationException and not some other 403.
 */
class EngineRestSecurityTest extends IntegrationTest {

  private static final String PROBE_BPMN = "/security/securityProbe.bpmn";

  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;

  private final List<String> deploymentNames = new ArrayList<>();

  @AfterEach
  void removeOwnDeployments() {
    for (String name : deploymentNames) {
      repositoryService.createDeploymentQuery().deploymentName(name).list()
          .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }
  }

  @Test
  void withoutCredentialsRestIsRefused() {
    HttpResponse<String> response = Rest.anonymous(baseUrl()).get("/process-definition");

    assertThat(response.statusCode()).isEqualTo(401);
  }
  @Test
  void restAsksForBasicCredentialsAndNeverForALoginPage() {
    WebSession browser = WebSession.anonymous(baseUrl());

    HttpResponse<String> response = browser.get("/engine-rest/process-definition");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic").contains("Mamori"));
    assertThat(browser.sessionId()).isEmpty();
  }

  @Test
  void aWrongPasswordIsRefused() {
    try {
      assertThat(Rest.as(baseUrl(), "nurse", "wrong").get("/process-definition").statusCode()).isEqualTo(401);
    } finally {
      SecurityTestUsers.unlock(identityService, "nurse");
    }
  }
  @Test
  void aHandlerReadsProcessDefinitionsWithoutGettingASession() {
    HttpResponse<String> response = Rest.as(baseUrl(), "nurse", PASSWORD).get("/process-definition");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Rest.json(response).findValuesAsText("key")).contains("sampleApproval");
    assertThat(response.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith(WebSession.SESSION_COOKIE + "="));
  }

  /** A logged-in clerk must not reach, through /engine-rest, a case the engine does not let them see. */
  @Test
  void theAppsSessionIsNoKeyToEngineRest() {
    ProcessInstance instance = startSample("セッションでのREST利用");
    WebSession clerk = WebSession.loggedIn(baseUrl(), "clerk", PASSWORD);
    String token = clerk.csrfTokenOf("/tasks.xhtml");
    Map<String, String> json = Map.of("Accept", "application/json", "X-CSRF-TOKEN", token);

    HttpResponse<String> read = clerk.get("/engine-rest/process-instance/" + instance.getId(), json);
    HttpResponse<String> delete = clerk.send("DELETE", "/engine-rest/process-instance/" + instance.getId(), json);

    assertThat(read.statusCode()).isEqualTo(401);
    assertThat(delete.statusCode()).isIn(401, 403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
  }
  @Test
  void theProcessOwnerDeploysFromTheModeler() {
    String name = deploymentName("modeler");

    HttpResponse<String> response = deploy("modeler", name);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String deploymentId = Rest.json(response).path("id").asText();
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    assertThat(deployment).isNotNull();
    assertThat(deployment.getName()).isEqualTo(name);
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
        .isEqualTo("securityProbe");
  }
  @ParameterizedTest
  @ValueSource(strings = {"nurse", "exec", "admin"})
  void handlersTheExecutiveAndTheAdministratorCannotDeploy(String user) {
    String name = deploymentName(user);

    HttpResponse<String> response = deploy(user, name);

    assertRefusedByTheEngine(response);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
  }
  @Test
  void theExecutiveReadsRunningCases() {
    ProcessInstance instance = startSample("経営層の閲覧");

    HttpResponse<String> list = Rest.as(baseUrl(), "exec", PASSWORD).get("/process-instance");
    HttpResponse<String> one = Rest.as(baseUrl(), "exec", PASSWORD).get("/process-instance/" + instance.getId());

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(Rest.json(list).findValuesAsText("id")).contains(instance.getId());
    assertThat(one.statusCode()).isEqualTo(200);
  }
  @Test
  void theExecutiveCannotSuspendACase() {
    ProcessInstance instance = startSample("経営層による停止の試み");

    HttpResponse<String> response = Rest.as(baseUrl(), "exec", PASSWORD)
        .put("/process-instance/" + instance.getId() + "/suspended", "{\"suspended\":true}");

    assertRefusedByTheEngine(response);
    ProcessInstance after = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult();
    assertThat(after).isNotNull();
    assertThat(after.isSuspended()).isFalse();
  }
  @Test
  void theExecutiveCannotDeleteACase() {
    ProcessInstance instance = startSample("経営層による削除の試み");

    HttpResponse<String> response = Rest.as(baseUrl(), "exec", PASSWORD)
        .delete("/process-instance/" + instance.getId());

    assertRefusedByTheEngine(response);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
    assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("Task_Review");
  }

  static void assertRefusedByTheEngine(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(Rest.json(response).path("type").asText()).as(response.body()).isEqualTo("AuthorizationException");
  }

  private ProcessInstance startSample(String title) {
    return procedures.start(Staff.of(staff, "nurse"), "sampleApproval", SecurityTestUsers.sampleRequest(title));
  }

  private String deploymentName(String user) {
    String name = "security-test-" + user + "-" + UUID.randomUUID();
    deploymentNames.add(name);
    return name;
  }

  /** What the Camunda Modeler sends on "Deploy". */
  private HttpResponse<String> deploy(String user, String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", name);
    fields.put("deploy-changed-only", "true");
    fields.put("deployment-source", "Camunda Modeler");
    return Rest.as(baseUrl(), user, PASSWORD)
        .postMultipart("/deployment/create", fields, Map.of("securityProbe.bpmn", probeModel()));
  }

  private static byte[] probeModel() {
    try (InputStream in = EngineRestSecurityTest.class.getResourceAsStream(PROBE_BPMN)) {
      if (in == null) {
        throw new IllegalStateException(PROBE_BPMN + " missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
