package jp.mamori.security;

import static jp.mamori.security.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's content is written through its forms, and a case starts at its start (CaseWrittenThroughForms, ADR 0060):
 * a reviewer cannot rewrite, remove or add the case's variables through the task (第12条's filing stays the
 * requester's, 第15条's rule the decision table's), a completion sends only its form's fields (the read-only ones as
 * shown, as Tasklist sends them), and nobody starts a case at a later step (past the review of 第12条3).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseWrittenThroughFormsTest extends IntegrationTest {

  private static final String FIXTURE = "caseWrittenThroughFormsFixture";
  private static final String TASK_NAME = "届出の審査";
  private static final String PURPOSE = "看護部における転倒転落リスク評価の院内分析";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired HistoryService historyService;

  private String deploymentId;

  @BeforeAll
  void deploy() {
    deploymentId = repositoryService.createDeployment().name("case written through forms fixture")
        .addModelInstance(FIXTURE + ".bpmn", Bpmn.createExecutableProcess(FIXTURE).name("審査の確認")
            .camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Review").name(TASK_NAME).camundaCandidateGroups("handler")
            .camundaFormRef("purpose-review").camundaFormRefBinding("latest")
            .endEvent().done())
        .deploy().getId();
  }

  @AfterAll
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jp.mamori.security.Channels#names")
  @DisplayName("A step's people neither rewrite, remove nor add the case's variables through the task")
  void noVariableWrittenOnItsOwn(String channel) {
    String task = newTask();
    Channels.Door nurse = Channels.of(channel, baseUrl(), "nurse");

    assertRefused(nurse.put("/task/" + task + "/variables/purposeText", "{\"value\": \"書き換えた目的\"}"),
        "case.error.variablesByHand", "purposeText");
    assertRefused(nurse.post("/task/" + task + "/variables",
        "{\"modifications\": {\"acquisitionRule\": {\"value\": \"allowed\"}}, \"deletions\": [\"dataItems\"]}"),
        "case.error.variablesByHand", "");
    assertRefused(nurse.delete("/task/" + task + "/variables/dataItems"), "case.error.variablesByHand", "dataItems");
    assertRefused(nurse.put("/task/" + task + "/localVariables/note", "{\"value\": \"メモ\"}"),
        "case.error.variablesByHand", "note");

    assertThat(taskService.getVariable(task, "purposeText")).isEqualTo(PURPOSE);
    assertThat(taskService.getVariable(task, "dataItems")).isEqualTo("患者ID、年齢、評価点数");
    assertThat(taskService.getVariableLocal(task, "note")).isNull();
    taskService.complete(task);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jp.mamori.security.Channels#names")
  @DisplayName("A completion sends its form's fields only, the read-only ones as shown")
  void aCompletionSendsItsFormOnly(String channel) {
    String task = newTask();
    Channels.Door nurse = Channels.of(channel, baseUrl(), "nurse");

    assertRefused(nurse.post("/task/" + task + "/complete", "{\"variables\": {"
        + "\"reviewDecision\": {\"value\": \"forward\"}, \"hqRequired\": {\"value\": true}}}"),
        "case.error.notOnTheForm", "hqRequired");
    assertRefused(nurse.post("/task/" + task + "/resolve", "{\"variables\": {\"hqRequired\": {\"value\": true}}}"),
        "case.error.notOnTheForm", "hqRequired");
    assertRefused(nurse.post("/task/" + task + "/submit-form", asShown("\"forbidden\"", "\"ADMIN\"")),
        "case.error.readOnlyField", TASK_NAME);
    assertThat(runtimeService.getVariable(processOf(task), "acquisitionRule")).isEqualTo("allowed");
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("still open").isEqualTo(1);

    HttpResponse<String> asTasklistSendsIt = nurse.post("/task/" + task + "/submit-form",
        asShown("\"allowed\"", "\"NURSING\""));
    assertThat(asTasklistSendsIt.statusCode()).as(asTasklistSendsIt.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("completed").isZero();
  }

  @Test
  @DisplayName("A case starts with its start form's fields only")
  void aStartSendsItsFormOnly() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("newPurposeAcquisition").count();
    String filing = "\"purposeText\": {\"value\": \"" + PURPOSE + "\"}, \"category\": {\"value\": \"IN_HOSPITAL\"},"
        + "\"changeOfPurpose\": {\"value\": \"new\"}, \"department\": {\"value\": \"NURSING\"},"
        + "\"recordTitle\": {\"value\": \"転倒転落リスク評価記録\"}, \"dataItems\": {\"value\": \"患者ID、年齢、評価点数\"},"
        + "\"dataSubjects\": {\"value\": \"入院患者\"}, \"collectionMethods\": {\"value\": \"[\\\"self\\\"]\"},"
        + "\"storagePlace\": {\"value\": \"看護部 電子カルテ\"}, \"storageMethod\": {\"value\": \"emr\"},"
        + "\"retentionPeriod\": {\"value\": \"5年\"}, \"specialCategories\": {\"value\": \"[]\"},"
        + "\"relatedToIllness\": {\"value\": false, \"type\": \"Boolean\"}, \"legalBasis\": {\"value\": \"none\"}";
    HttpResponse<String> withAReviewDecided = Channels.rest(baseUrl(), "nurse").post(
        "/process-definition/key/newPurposeAcquisition/start",
        "{\"variables\": {" + filing + ", \"reviewDecision\": {\"value\": \"forward\"}}}");
    assertRefused(withAReviewDecided, "case.error.notOnTheStartForm", "reviewDecision");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("newPurposeAcquisition").count())
        .isEqualTo(before);

    HttpResponse<String> asFiled = Channels.rest(baseUrl(), "nurse").post(
        "/process-definition/key/newPurposeAcquisition/start", "{\"variables\": {" + filing + "}}");
    assertThat(asFiled.statusCode()).as(asFiled.body()).isEqualTo(200);
    runtimeService.deleteProcessInstance(asFiled.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"), "test");
  }

  @Test
  @DisplayName("Nobody starts a case at a later step; the system (no person acting) may")
  void aCaseStartsAtItsStart() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("newPurposeAcquisition").count();
    HttpResponse<String> atTheApproval = Channels.rest(baseUrl(), "nurse").post(
        "/process-definition/key/newPurposeAcquisition/start", "{\"variables\": {"
            + "\"purposeText\": {\"value\": \"" + PURPOSE + "\"}},"
            + "\"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_Approve\"}]}");
    assertRefused(atTheApproval, "case.error.startedElsewhere", "");
    identityService.setAuthentication("nurse", List.of("handler"));
    try {
      assertThat(refusal(() -> runtimeService.createProcessInstanceByKey("newPurposeAcquisition")
          .startBeforeActivity("Task_Approve").execute())).isEqualTo("case.error.startedElsewhere");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("newPurposeAcquisition").count())
        .isEqualTo(before);

    String system = runtimeService.createProcessInstanceByKey(FIXTURE).startBeforeActivity("Task_Review").execute()
        .getId();
    assertThat(taskService.createTaskQuery().processInstanceId(system).count()).isEqualTo(1);
    runtimeService.deleteProcessInstance(system, "test");
  }

  @Test
  @DisplayName("Restarting an ended case at a step is a start elsewhere too, even with the rights to do it")
  void aRestartStartsElsewhere() {
    String ended = runtimeService.startProcessInstanceByKey(FIXTURE, "RESTART-" + System.nanoTime(), Map.of())
        .getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(ended).singleResult().getId());
    List<Authorization> rights = List.of(
        grant(Resources.PROCESS_DEFINITION, FIXTURE, Permissions.CREATE_INSTANCE, Permissions.READ_HISTORY),
        grant(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(FIXTURE)
        .latestVersion().singleResult().getId();
    identityService.setAuthentication("nurse", List.of("handler"));
    try {
      assertThat(refusal(() -> runtimeService.restartProcessInstances(definition).startBeforeActivity("Task_Review")
          .processInstanceIds(ended).execute())).isEqualTo("case.error.startedElsewhere");
    } finally {
      identityService.clearAuthentication();
      rights.forEach(right -> authorizationService.deleteAuthorization(right.getId()));
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FIXTURE).processInstanceBusinessKey(
        historyService.createHistoricProcessInstanceQuery().processInstanceId(ended).singleResult().getBusinessKey())
        .count()).isZero();
  }

  private Authorization grant(Resources resource, String id, Permission... permissions) {
    Authorization right = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    right.setUserId("nurse");
    right.setResource(resource);
    right.setResourceId(id);
    for (Permission permission : permissions) {
      right.addPermission(permission);
    }
    return authorizationService.saveAuthorization(right);
  }

  @Test
  @DisplayName("Java API: a handler is refused; the system (no person acting) writes")
  void theSystemMay() {
    String task = newTask();
    identityService.setAuthentication("nurse", List.of("handler"));
    try {
      assertThat(refusal(() -> taskService.setVariable(task, "purposeText", "x")))
          .isEqualTo("case.error.variablesByHand");
      assertThat(refusal(() -> taskService.complete(task, Map.of("reviewDecision", "forward", "note", "x"))))
          .isEqualTo("case.error.notOnTheForm");
    } finally {
      identityService.clearAuthentication();
    }
    taskService.setVariable(task, "note", "システムの記録");
    assertThat(taskService.getVariable(task, "note")).isEqualTo("システムの記録");
    taskService.complete(task);
  }

  /** The body Tasklist submits for the review form: every field, the read-only ones as they were shown. */
  private static String asShown(String acquisitionRule, String department) {
    return "{\"variables\": {\"purposeText\": {\"value\": \"" + PURPOSE + "\"}, \"purposeTextEn\": {\"value\": \"\"},"
        + "\"category\": {\"value\": \"IN_HOSPITAL\"}, \"department\": {\"value\": " + department + "},"
        + "\"dataItems\": {\"value\": \"患者ID、年齢、評価点数\"},"
        + "\"collectionMethods\": {\"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\","
        + " \"serializationDataFormat\": \"application/json\"}, \"value\": \"[ \\\"self\\\" ]\"},"
        + "\"relatedToIllness\": {\"value\": false}, \"legalBasisDetail\": {\"value\": \"\"},"
        + "\"acquisitionRule\": {\"value\": " + acquisitionRule + "},"
        + "\"reviewDecision\": {\"value\": \"forward\"}, \"reviewReason\": {\"value\": \"問題なし\"}}}";
  }

  private static void assertRefused(HttpResponse<String> response, String key, String names) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains(key).contains(names);
  }

  private String newTask() {
    Map<String, Object> filing = new HashMap<>();
    filing.put("purposeText", PURPOSE);
    filing.put("category", "IN_HOSPITAL");
    filing.put("department", "NURSING");
    filing.put("dataItems", "患者ID、年齢、評価点数");
    filing.put("collectionMethods", new ArrayList<>(List.of("self")));
    filing.put("relatedToIllness", false);
    filing.put("acquisitionRule", "allowed");
    String instance = runtimeService.startProcessInstanceByKey(FIXTURE, "WRITTEN-" + System.nanoTime(), filing)
        .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private String processOf(String task) {
    return taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
  }
}
