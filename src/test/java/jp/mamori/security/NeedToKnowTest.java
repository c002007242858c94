package jp.mamori.security;

import static jp.mamori.security.EngineRestSecurityTest.assertRefusedByTheEngine;
import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.mamori.incident.LeakReports;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.tasks.TaskActions;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.WebSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #11 item 5: a leak incident's content (what happened, names, counts, categories) is for its headquarters —
 * the head and the deputy — on every channel; executives and system administrators see that the case exists,
 * where it stands and its deadlines, but not what it holds. Executives may report a leak.
 */
class NeedToKnowTest extends IntegrationTest {

  private static final String KEY = "leakIncidentResponse";
  private static final String WHAT = "紹介状2通を別の患者に誤って渡した(知る必要の試験)";
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired Procedures procedures;
  @Autowired TaskActions actions;
  @Autowired StaffDirectory staff;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizations;
  @Autowired java.time.Clock clock;

  private ProcessInstance incident;
  private Task hqTask;

  @BeforeEach
  void aLeakIsReportedAndTheHeadquartersSetUp() {
    incident = procedures.start(Staff.of(staff, "nurse"), KEY, facts());
    Task setUp = taskService.createTaskQuery().processInstanceId(incident.getId()).taskDefinitionKey("Task_SetUpHq")
        .singleResult();
    actions.complete(Staff.of(staff, "director"), setUp.getId(), Map.of("setupDecision", "setUp"), "setUp", null);
    hqTask = taskService.createTaskQuery().processInstanceId(incident.getId()).taskDefinitionKey("Task_Investigate")
        .singleResult();
  }

  @ParameterizedTest
  @ValueSource(strings = {"director", "privacy-lead"})
  void theHeadAndTheDeputyReadTheIncidentOverRest(String user) {
    Rest rest = Rest.as(baseUrl(), user, PASSWORD);

    assertThat(historicValues(rest.get("/history/variable-instance?processInstanceId=" + incident.getId())))
        .contains(WHAT);
    HttpResponse<String> taskVariables = rest.get("/task/" + hqTask.getId() + "/variables");
    assertThat(taskVariables.statusCode()).as(taskVariables.body()).isEqualTo(200);
    assertThat(Rest.json(taskVariables).path("whatHappened").path("value").asText()).isEqualTo(WHAT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"exec", "admin", "modeler", "records-manager", "hq-officer"})
  void othersSeeNoContentOverRest(String user) {
    Rest rest = Rest.as(baseUrl(), user, PASSWORD);

    assertThat(historicValues(rest.get("/history/variable-instance?processInstanceId=" + incident.getId())))
        .isEmpty();
    assertThat(Rest.json(rest.post("/variable-instance", "{\"processInstanceIdIn\":[\"" + incident.getId()
        + "\"]}"))).isEmpty();
    assertThat(rest.get("/history/detail?processInstanceId=" + incident.getId()).body()).doesNotContain(WHAT);
    assertThat(rest.get("/process-instance/" + incident.getId() + "/variables").statusCode()).isIn(403, 404);
    assertThat(rest.get("/task/" + hqTask.getId() + "/variables").statusCode()).isIn(403, 404);
    assertThat(rest.get("/task/" + hqTask.getId() + "/form-variables").statusCode()).isIn(403, 404);
  }

  @Test
  void executivesSeeInCockpitThatTheCaseExistsWhereItStandsAndItsDeadlinesButNotItsContent() {
    WebSession exec = WebSession.loggedIn(baseUrl(), "exec", PASSWORD);
    Map<String, String> json = Map.of("Accept", "application/json");

    HttpResponse<String> instance = exec.get(WEBAPP_ENGINE + "/process-instance/" + incident.getId(), json);
    HttpResponse<String> activities = exec.get(WEBAPP_ENGINE + "/history/activity-instance?processInstanceId="
        + incident.getId(), json);
    HttpResponse<String> tasks = exec.get(WEBAPP_ENGINE + "/task?processInstanceId=" + incident.getId(), json);
    HttpResponse<String> variables = exec.get(WEBAPP_ENGINE + "/history/variable-instance?processInstanceId="
        + incident.getId(), json);
    HttpResponse<String> runtimeVariables = exec.get(WEBAPP_ENGINE + "/process-instance/" + incident.getId()
        + "/variables", json);

    assertThat(instance.statusCode()).isEqualTo(200);
    assertThat(Rest.json(activities).findValuesAsText("activityId")).contains("Task_SetUpHq", "Task_Investigate");
    assertThat(Rest.json(tasks).findValuesAsText("taskDefinitionKey")).contains("Task_Investigate");
    assertThat(Rest.json(tasks).findValues("due")).anyMatch(due -> !due.isNull());
    assertThat(historicValues(variables)).isEmpty();
    assertRefusedByTheEngine(runtimeVariables);
  }

  @Test
  void theJavaApiKeepsTheSameRule() {
    List<String> groupsOfExec = staff.find("exec").orElseThrow().groupIds();
    List<String> groupsOfDirector = staff.find("director").orElseThrow().groupIds();

    assertThat(authorizations.isUserAuthorized("exec", groupsOfExec,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, Resources.PROCESS_DEFINITION, KEY)).isFalse();
    assertThat(authorizations.isUserAuthorized("exec", groupsOfExec,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, Resources.PROCESS_DEFINITION, KEY)).isFalse();
    assertThat(authorizations.isUserAuthorized("exec", groupsOfExec, HistoricProcessInstancePermissions.READ,
        Resources.HISTORIC_PROCESS_INSTANCE, incident.getId())).isFalse();
    assertThat(authorizations.isUserAuthorized("director", groupsOfDirector, HistoricProcessInstancePermissions.READ,
        Resources.HISTORIC_PROCESS_INSTANCE, incident.getId())).isTrue();
    // procedures without patient data stay readable for the monitors
    assertThat(authorizations.isUserAuthorized("exec", groupsOfExec,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, Resources.PROCESS_DEFINITION, "newPurposeAcquisition"))
        .isTrue();
  }

  @Test
  void executivesReportALeakInTheAppAndOverRest() {
    ProcessInstance inTheApp = procedures.start(Staff.of(staff, "exec"), KEY, facts());
    HttpResponse<String> overRest = Rest.as(baseUrl(), "exec", PASSWORD).post("/process-definition/key/" + KEY
        + "/start", "{\"businessKey\":\"IN-REST-" + System.nanoTime() + "\",\"variables\":{\"whatHappened\":{\"value\":\"" + WHAT + "\"},\"dataItems\":{\"value\":\"氏名\"},"
        + "\"incidentType\":{\"value\":\"leak\"},\"certainty\":{\"value\":\"suspected\"},\"contained\":{\"value\":\"unknown\"},"
        + "\"medium\":{\"value\":\"paper\"}}}");

    assertThat(runtimeService.getActiveActivityIds(inTheApp.getId())).containsExactly("Task_SetUpHq");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(inTheApp.getId())
        .singleResult().getStartUserId()).isEqualTo("exec");
    assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(200);
    // starting is all: other procedures stay closed to executives
    assertRefusedByTheEngine(Rest.as(baseUrl(), "exec", PASSWORD).post(
        "/process-definition/key/newPurposeAcquisition/start", "{}"));
  }

  private static List<String> historicValues(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode list = Rest.json(response);
    return list.findValuesAsText("value");
  }

  private Map<String, Object> facts() {
    return LeakReports.medical(clock, WHAT);
  }
}
