package jp.mamori.security;

import static jp.mamori.security.EngineRestSecurityTest.assertRefusedByTheEngine;
import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.WebSession;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #11 item 4, through the channels that bypass the app's pages: the process owner and the system
 * administrator try, over /engine-rest with HTTP Basic, what is not their role — work on a case, change it, trigger
 * its events — and are refused, and the case is as it was. Message correlation and signals are refused for
 * everyone, over REST and the webapps' API alike.
 */
class OwnRightsOnlyTest extends IntegrationTest {

  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;

  private ProcessInstance sample;
  private Task review;
  private Deployment probe;

  @BeforeEach
  void aCaseWaitsForReview() {
    sample = procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
        SecurityTestUsers.sampleRequest("権限の試験"));
    review = taskService.createTaskQuery().processInstanceId(sample.getId()).singleResult();
  }

  @AfterEach
  void removeProbe() {
    if (probe != null) {
      repositoryService.deleteDeployment(probe.getId(), true);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"modeler", "admin"})
  void processOwnersAndAdministratorsDoNotWorkOnOrChangeCases(String user) {
    Rest rest = Rest.as(baseUrl(), user, PASSWORD);
    String task = "/task/" + review.getId();
    String instance = "/process-instance/" + sample.getId();

    assertRefusedByTheEngine(rest.post(task + "/claim", "{\"userId\":\"" + user + "\"}"));
    assertRefusedByTheEngine(rest.post(task + "/complete", "{\"variables\":{\"reviewDecision\":{\"value\":\"approve\"}}}"));
    assertRefusedByTheEngine(rest.post(task + "/assignee", "{\"userId\":\"" + user + "\"}"));
    assertRefusedByTheEngine(rest.put(task + "/variables/title", "{\"value\":\"改ざん\",\"type\":\"String\"}"));
    assertRefusedByTheEngine(rest.delete(instance));
    assertRefusedByTheEngine(rest.put(instance + "/suspended", "{\"suspended\":true}"));
    assertRefusedByTheEngine(rest.post(instance + "/modification",
        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_Review\"}]}"));
    assertRefusedByTheEngine(rest.put(instance + "/variables/title", "{\"value\":\"改ざん\",\"type\":\"String\"}"));
    assertRefusedByTheEngine(rest.get(instance + "/variables"));

    assertUnchanged();
  }

  @Test
  void processOwnersDoNotRetryJobs() {
    Job job = waitingJob();
    Rest rest = Rest.as(baseUrl(), "modeler", PASSWORD);

    assertRefusedByTheEngine(rest.put("/job/" + job.getId() + "/retries", "{\"retries\":5}"));
    assertRefusedByTheEngine(rest.put("/job-definition/" + job.getJobDefinitionId() + "/retries", "{\"retries\":5}"));

    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(3);
  }

  @Test
  void systemAdministratorsRetryAFailedJobButNothingElse() {
    Job job = waitingJob();
    Rest rest = Rest.as(baseUrl(), "admin", PASSWORD);

    HttpResponse<String> retried = rest.put("/job/" + job.getId() + "/retries", "{\"retries\":5}");

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(5);
    assertRefusedByTheEngine(rest.delete("/process-instance/" + job.getProcessInstanceId()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nurse", "privacy-lead", "director", "exec", "modeler", "admin"})
  void messagesAndSignalsAreRefusedToEveryoneOverRest(String user) {
    Rest rest = Rest.as(baseUrl(), user, PASSWORD);
    String message = "{\"messageName\":\"IncidentDowngraded\",\"processInstanceId\":\"" + sample.getId() + "\"}";

    assertThat(rest.post("/message", message).statusCode()).isEqualTo(403);
    assertThat(rest.post("/engine/default/message", message).statusCode()).isEqualTo(403);
    assertThat(rest.post("/signal", "{\"name\":\"anything\"}").statusCode()).isEqualTo(403);
    assertThat(rest.post("/condition", "{\"variables\":{}}").statusCode()).isEqualTo(403);

    assertUnchanged();
  }

  @ParameterizedTest
  @ValueSource(strings = {"privacy-lead", "exec", "modeler", "admin"})
  void messagesAndSignalsAreRefusedThroughTheWebappsApi(String user) {
    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);
    browser.get(WEBAPP_ENGINE + "/process-definition/count", Map.of("Accept", "application/json"));
    Map<String, String> headers = Map.of("Accept", "application/json", "X-XSRF-TOKEN",
        browser.cookie("XSRF-TOKEN").orElse(""));

    assertThat(browser.sendJson("POST", WEBAPP_ENGINE + "/message",
        "{\"messageName\":\"IncidentDowngraded\",\"processInstanceId\":\"" + sample.getId() + "\"}", headers)
        .statusCode()).isEqualTo(403);
    assertThat(browser.sendJson("POST", WEBAPP_ENGINE + "/signal", "{\"name\":\"anything\"}", headers)
        .statusCode()).isEqualTo(403);

    assertUnchanged();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nurse", "admin"})
  @DisplayName("ADR 0026: nobody tests another person's password through the engine, past the login throttle")
  void nobodyTestsAnotherPersonsPassword(String user) {
    String guess = "{\"username\": \"director\", \"password\": \"" + PASSWORD + "\"}";
    Rest rest = Rest.as(baseUrl(), user, PASSWORD);
    assertThat(rest.post("/identity/verify", guess).statusCode()).isEqualTo(403);
    assertThat(rest.post("/engine/default/identity/verify", guess).statusCode()).isEqualTo(403);

    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);
    browser.get(WEBAPP_ENGINE + "/process-definition/count", Map.of("Accept", "application/json"));
    Map<String, String> headers = Map.of("Accept", "application/json", "X-XSRF-TOKEN",
        browser.cookie("XSRF-TOKEN").orElse(""));
    assertThat(browser.sendJson("POST", WEBAPP_ENGINE + "/identity/verify", guess, headers).statusCode())
        .isEqualTo(403);
    // the caller's own REST is not affected
    assertThat(rest.get("/user?id=" + user).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("ADR 0066: システム管理者は案件を動かす権限(タスクの作業、案件の削除・中断、デプロイなど)を自分にも誰にも付与できない。読む権限・アプリの利用権は付与できる")
  void noAdministratorGrantsTheRightsToActOnCases() {
    Rest admin = Rest.as(baseUrl(), "admin", PASSWORD);
    for (String grant : List.of(
        grant(1, "admin", Resources.TASK, "*", "READ", "UPDATE", "TASK_WORK", "TASK_ASSIGN"),
        grant(1, "admin", Resources.TASK, review.getId(), "TASK_WORK"),
        grant(0, "*", Resources.TASK, "*", "TASK_WORK"),
        grant(1, "admin", Resources.PROCESS_INSTANCE, "*", "DELETE"),
        grant(1, "admin", Resources.PROCESS_DEFINITION, "sampleApproval", "UPDATE"),
        grant(1, "admin", Resources.PROCESS_DEFINITION, "*", "ALL"),
        grant(1, "admin", Resources.DEPLOYMENT, "*", "CREATE"),
        grant(1, "admin", Resources.BATCH, "*", "CREATE"),
        grant(1, "admin", Resources.OPERATION_LOG_CATEGORY, "*", "DELETE"))) {
      HttpResponse<String> refused = admin.post("/authorization/create", grant);
      assertThat(refused.statusCode()).as(grant + " " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains("security.error.caseGrant");
    }
    assertRefusedByTheEngine(admin.post("/task/" + review.getId() + "/claim", "{\"userId\":\"admin\"}"));
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
    identityService.setAuthentication("admin", List.of("system-admin"));
    try {
      Authorization work = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      work.setUserId("admin");
      work.setResource(Resources.TASK);
      work.setResourceId("*");
      work.addPermission(TaskPermissions.TASK_WORK);
      assertThatThrownBy(() -> authorizationService.saveAuthorization(work)).isInstanceOfSatisfying(
          ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("security.error.caseGrant"));
    } finally {
      identityService.clearAuthentication();
    }

    for (String reading : List.of(grant(1, "admin", Resources.PROCESS_DEFINITION, "sampleApproval", "READ"),
        grant(1, "admin", Resources.APPLICATION, "cockpit", "ACCESS"))) {
      HttpResponse<String> allowed = admin.post("/authorization/create", reading);
      assertThat(allowed.statusCode()).as(reading + " " + allowed.body()).isEqualTo(200);
      authorizationService.deleteAuthorization(Rest.json(allowed).path("id").asText());
    }
  }

  @Test
  @DisplayName("第10条・ADR 0064: 全員あて(global)の権限でも、患者・申出人の情報を扱う手続の内容は付与できない")
  void noGlobalGrantOpensTheContent() {
    HttpResponse<String> refused = Rest.as(baseUrl(), "admin", PASSWORD).post("/authorization/create",
        grant(0, "*", Resources.PROCESS_DEFINITION, "complaint", "READ_HISTORY_VARIABLE"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("security.error.contentGrant");
    assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("complaint").count()).isZero();
  }

  private static String grant(int type, String userId, Resources resource, String resourceId, String... permissions) {
    return "{\"type\": " + type + ", \"permissions\": [\"" + String.join("\", \"", permissions) + "\"], "
        + "\"userId\": \"" + userId + "\", \"groupId\": null, \"resourceType\": " + resource.resourceType()
        + ", \"resourceId\": \"" + resourceId + "\"}";
  }

  @Test
  void aDeploymentIsNeverDeletedTogetherWithItsCases() {
    Job job = waitingJob();
    Rest rest = Rest.as(baseUrl(), "modeler", PASSWORD);

    assertThat(rest.delete("/deployment/" + probe.getId() + "?cascade=true").statusCode()).isEqualTo(403);
    assertThat(rest.delete("/deployment/" + probe.getId() + "?cascade=TRUE").statusCode()).isEqualTo(403);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).count())
        .isEqualTo(1);
  }

  private void assertUnchanged() {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(sample.getId()).active().count())
        .isEqualTo(1);
    assertThat(runtimeService.getActiveActivityIds(sample.getId())).containsExactly("Task_Review");
    assertThat(runtimeService.getVariable(sample.getId(), "title")).isEqualTo("権限の試験");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
  }

  /** A case waiting at an asynchronous step: the job Cockpit would offer to retry once it fails. */
  private Job waitingJob() {
    String key = "ownRightsProbe";
    probe = repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).name("権限試験").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
        .deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(key);
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }
}
