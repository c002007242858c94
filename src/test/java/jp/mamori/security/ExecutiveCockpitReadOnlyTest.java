package jp.mamori.security;

import static jp.mamori.security.EngineRestSecurityTest.assertRefusedByTheEngine;
import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.WebSession;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The executive's Cockpit is for looking only (docs/webapps.md): through the same API Cockpit's pages call —
 * /camunda/api/engine with the app's session and Cockpit's X-XSRF-TOKEN — the executive reads running cases, their
 * history and variables, but every button that would change a case (retry a job, cancel the case, modify it, edit
 * or delete its variables, suspend it or its procedure) is refused by the engine's authorizations.
 */
class ExecutiveCockpitReadOnlyTest extends IntegrationTest {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final String PROBE_KEY = "cockpitReadOnlyProbe";

  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;

  private WebSession exec;
  private Map<String, String> cockpitHeaders;
  private ProcessInstance sample;
  private Deployment probe;

  @BeforeEach
  void execOpensCockpit() {
    sample = procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
        SecurityTestUsers.sampleRequest("経営層によるCockpit閲覧"));
    exec = WebSession.loggedIn(baseUrl(), "exec", PASSWORD);
    // Cockpit's first call hands out the token it then sends with every change, as Cockpit's scripts do
    assertThat(exec.get(ENGINE + "/process-definition/count", Map.of("Accept", "application/json")).statusCode())
        .isEqualTo(200);
    String xsrf = exec.cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    cockpitHeaders = Map.of("Accept", "application/json", "X-XSRF-TOKEN", xsrf);
  }

  @AfterEach
  void removeProbe() {
    if (probe != null) {
      repositoryService.deleteDeployment(probe.getId(), true);
    }
  }

  @Test
  void theExecutiveSeesRunningCasesTheirHistoryAndVariables() {
    String id = sample.getId();

    HttpResponse<String> running = get("/process-instance?processDefinitionKey=sampleApproval");
    HttpResponse<String> history = get("/history/process-instance?processInstanceId=" + id);
    HttpResponse<String> activities = get("/history/activity-instance?processInstanceId=" + id);
    HttpResponse<String> variables = get("/process-instance/" + id + "/variables");
    HttpResponse<String> historicVariables = get("/history/variable-instance?processInstanceId=" + id);

    assertThat(Rest.json(running).findValuesAsText("id")).contains(id);
    assertThat(Rest.json(history).findValuesAsText("state")).containsExactly("ACTIVE");
    assertThat(Rest.json(activities).findValuesAsText("activityId")).contains("Task_Review");
    assertThat(Rest.json(variables).path("title").path("value").asText()).isEqualTo("経営層によるCockpit閲覧");
    assertThat(Rest.json(historicVariables).findValuesAsText("name")).contains("title", "personCount");
  }

  @Test
  void theExecutiveCannotEditOrDeleteVariables() {
    String variables = ENGINE + "/process-instance/" + sample.getId() + "/variables";

    assertRefusedByTheEngine(send("PUT", variables + "/title", "{\"value\":\"改ざん\",\"type\":\"String\"}"));
    assertRefusedByTheEngine(send("POST", variables,
        "{\"modifications\":{\"title\":{\"value\":\"改ざん\",\"type\":\"String\"}}}"));
    assertRefusedByTheEngine(send("DELETE", variables + "/title", ""));
    assertThat(runtimeService.getVariable(sample.getId(), "title")).isEqualTo("経営層によるCockpit閲覧");
  }

  @Test
  void theExecutiveCannotCancelModifyOrSuspendACase() {
    String instance = ENGINE + "/process-instance/" + sample.getId();

    assertRefusedByTheEngine(send("DELETE", instance, ""));
    assertRefusedByTheEngine(send("POST", instance + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Review\"}]}"));
    assertRefusedByTheEngine(send("PUT", instance + "/suspended", "{\"suspended\":true}"));
    assertRefusedByTheEngine(send("PUT", ENGINE + "/process-definition/" + sample.getProcessDefinitionId()
        + "/suspended", "{\"suspended\":true,\"includeProcessInstances\":true}"));
    // Cockpit's batch operations (cancel many cases at once) need a batch the executive may not create
    assertRefusedByTheEngine(send("POST", ENGINE + "/process-instance/delete",
        "{\"processInstanceIds\":[\"" + sample.getId() + "\"],\"deleteReason\":\"経営層\"}"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(sample.getId()).active().count())
        .isEqualTo(1);
    assertThat(runtimeService.getActiveActivityIds(sample.getId())).containsExactly("Task_Review");
    assertThat(repositoryService.getProcessDefinition(sample.getProcessDefinitionId()).isSuspended()).isFalse();
  }

  @Test
  void theExecutiveCannotRetryJobs() {
    Job job = waitingProbeJob();

    assertRefusedByTheEngine(send("PUT", ENGINE + "/job/" + job.getId() + "/retries", "{\"retries\":5}"));
    assertRefusedByTheEngine(send("PUT", ENGINE + "/job-definition/" + job.getJobDefinitionId() + "/retries",
        "{\"retries\":5}"));
    // the batches behind "increment retries" for many jobs or cases at once
    assertRefusedByTheEngine(send("POST", ENGINE + "/job/retries",
        "{\"jobIds\":[\"" + job.getId() + "\"],\"retries\":5}"));
    assertRefusedByTheEngine(send("POST", ENGINE + "/process-instance/job-retries",
        "{\"processInstances\":[\"" + job.getProcessInstanceId() + "\"],\"retries\":5}"));

    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(3);
  }

  /** A case waiting at an asynchronous step: the job Cockpit would offer to retry once it fails. */
  private Job waitingProbeJob() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE_KEY)
        .name("Cockpit閲覧試験").camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent()
        .done();
    probe = repositoryService.createDeployment().name(PROBE_KEY).addModelInstance(PROBE_KEY + ".bpmn", model)
        .deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROBE_KEY);
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private HttpResponse<String> get(String path) {
    HttpResponse<String> response = exec.get(ENGINE + path, Map.of("Accept", "application/json"));
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return response;
  }

  private HttpResponse<String> send(String method, String path, String json) {
    return exec.sendJson(method, path, json, cockpitHeaders);
  }
}
