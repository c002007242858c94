package jp.mamori.security;

import static jp.mamori.security.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.process.TaskHandedWithinItsPeople;
import jp.mamori.process.TaskKeptForSomeone;
import jp.mamori.tasks.TaskActions;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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
 * A task's people, on every channel (the Java API, /engine-rest, the app): an open task always belongs to someone
 * (TaskKeptForSomeone, ADR 0058) — its last role or person cannot be removed while nobody holds it, and a task offered
 * to nobody cannot be given back; and its circle does not grow by hand (TaskHandedWithinItsPeople) — it is handed over
 * only to its own people, and only the procedures' managers add roles or people to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskPeopleTest extends IntegrationTest {

  private static final String FIXTURE = "taskKeptForSomeoneFixture";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TaskActions actions;
  @Autowired StaffDirectory staff;
  @Autowired IdentityService identityService;

  private String deploymentId;

  @BeforeAll
  void deploy() {
    deploymentId = repositoryService.createDeployment().name("task kept for someone fixture")
        .addModelInstance(FIXTURE + ".bpmn", Bpmn.createExecutableProcess(FIXTURE).name("担当の確認")
            .camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Check").name("担当の確認").camundaCandidateGroups("handler")
            .endEvent().done())
        .deploy().getId();
  }

  @AfterAll
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }

  @Test
  @DisplayName("Java API: the last role of an unclaimed task stays; with a person added first, the role may go")
  void theLastCandidateOfAnUnclaimedTaskStays() {
    String task = newTask();

    assertThat(refusal(() -> taskService.deleteCandidateGroup(task, "handler"))).isEqualTo(TaskKeptForSomeone.REFUSAL);
    assertThat(candidates(task)).containsExactly("group:handler");

    taskService.addCandidateUser(task, "clerk");
    taskService.deleteCandidateGroup(task, "handler");
    assertThat(candidates(task)).containsExactly("user:clerk");
    assertThat(refusal(() -> taskService.deleteCandidateUser(task, "clerk"))).isEqualTo(TaskKeptForSomeone.REFUSAL);
    assertThat(candidates(task)).containsExactly("user:clerk");

    taskService.complete(task);
  }

  @Test
  @DisplayName("A held task may lose its roles, but then cannot be given back: not in the app, not over REST")
  void aTaskOfferedToNobodyIsNotGivenBack() {
    String task = newTask();
    taskService.claim(task, "nurse");
    taskService.deleteCandidateGroup(task, "handler");
    assertThat(candidates(task)).isEmpty();

    assertThat(refusal(() -> taskService.setAssignee(task, null))).isEqualTo(TaskKeptForSomeone.REFUSAL);
    assertThatThrownBy(() -> actions.unclaim(Staff.of(staff, "nurse"), task)).isInstanceOfSatisfying(
        ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo(TaskKeptForSomeone.REFUSAL));
    HttpResponse<String> unclaim = Rest.as(baseUrl(), "nurse", "demo").post("/task/" + task + "/unclaim", "{}");
    assertThat(unclaim.statusCode()).as(unclaim.body()).isEqualTo(403);
    assertThat(unclaim.body()).contains(TaskKeptForSomeone.REFUSAL);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("nurse");

    taskService.addCandidateGroup(task, "handler");
    actions.unclaim(Staff.of(staff, "nurse"), task);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    taskService.complete(task);
  }

  @Test
  @DisplayName("/engine-rest: a candidate may add and remove the task's roles and people, but not the last one")
  void overRestTheLastCandidateStays() {
    String task = newTask();
    taskService.addCandidateUser(task, "privacy-lead");
    Rest rest = Rest.as(baseUrl(), "privacy-lead", "demo");

    HttpResponse<String> role = rest.post("/task/" + task + "/identity-links/delete",
        "{\"groupId\":\"handler\",\"type\":\"candidate\"}");
    assertThat(role.statusCode()).as(role.body()).isEqualTo(204);
    HttpResponse<String> last = rest.post("/task/" + task + "/identity-links/delete",
        "{\"userId\":\"privacy-lead\",\"type\":\"candidate\"}");
    assertThat(last.statusCode()).as(last.body()).isEqualTo(403);
    assertThat(last.body()).contains(TaskKeptForSomeone.REFUSAL).contains("担当の確認");
    assertThat(candidates(task)).containsExactly("user:privacy-lead");

    HttpResponse<String> added = rest.post("/task/" + task + "/identity-links",
        "{\"groupId\":\"information-manager\",\"type\":\"candidate\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
    HttpResponse<String> removed = rest.post("/task/" + task + "/identity-links/delete",
        "{\"userId\":\"privacy-lead\",\"type\":\"candidate\"}");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    assertThat(candidates(task)).containsExactly("group:information-manager");

    taskService.complete(task);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jp.mamori.security.Channels#names")
  @DisplayName("A handler hands a task over to a colleague of its role, to no one else, and adds nobody")
  void aHandlerHandsOverWithinTheTasksPeopleOnly(String channel) {
    String task = newTask();
    Channels.Door nurse = Channels.of(channel, baseUrl(), "nurse");

    HttpResponse<String> widen = nurse.post("/task/" + task + "/identity-links",
        "{\"userId\":\"exec\",\"type\":\"candidate\"}");
    assertThat(widen.statusCode()).as(widen.body()).isEqualTo(403);
    assertThat(widen.body()).contains(TaskHandedWithinItsPeople.WIDENING_REFUSAL).contains("担当の確認");
    HttpResponse<String> role = nurse.post("/task/" + task + "/identity-links",
        "{\"groupId\":\"medical-affairs-desk\",\"type\":\"candidate\"}");
    assertThat(role.statusCode()).as(role.body()).isEqualTo(403);
    assertThat(role.body()).contains(TaskHandedWithinItsPeople.WIDENING_REFUSAL);
    assertThat(candidates(task)).containsExactly("group:handler");

    for (String[] call : List.of(new String[] {"/assignee", "{\"userId\":\"desk\"}"},
        new String[] {"/delegate", "{\"userId\":\"desk\"}"})) {
      HttpResponse<String> outside = nurse.post("/task/" + task + call[0], call[1]);
      assertThat(outside.statusCode()).as(call[0] + " " + outside.body()).isEqualTo(403);
      assertThat(outside.body()).contains(TaskHandedWithinItsPeople.HANDOVER_REFUSAL);
    }
    HttpResponse<String> owner = nurse.put("/task/" + task, "{\"name\":\"担当の確認\",\"priority\":50,\"owner\":\"desk\"}");
    assertThat(owner.statusCode()).as(owner.body()).isEqualTo(403);
    assertThat(owner.body()).contains(TaskHandedWithinItsPeople.HANDOVER_REFUSAL);
    var unchanged = taskService.createTaskQuery().taskId(task).singleResult();
    assertThat(unchanged.getAssignee()).isNull();
    assertThat(unchanged.getOwner()).isNull();
    assertThat(Rest.as(baseUrl(), "desk", "demo").get("/task/" + task + "/variables").statusCode())
        .as("the front desk never became one of its people").isIn(403, 404);

    HttpResponse<String> colleague = nurse.post("/task/" + task + "/assignee", "{\"userId\":\"clerk\"}");
    assertThat(colleague.statusCode()).as("clerk holds its role: " + colleague.body()).isEqualTo(204);
    HttpResponse<String> claim = nurse.post("/task/" + newTask() + "/claim",
        "{\"userId\":\"nurse\"}");
    assertThat(claim.statusCode()).as("a claim is no handover: " + claim.body()).isEqualTo(204);
    taskService.complete(task);
  }

  @Test
  @DisplayName("The supervising manager adds a role or a person; the Java API as a handler does not; the system does")
  void onlyTheManagersAddPeople() {
    String task = newTask();
    taskService.addCandidateUser(task, "privacy-lead"); // the system: a model's glue or the escalation
    HttpResponse<String> added = Rest.as(baseUrl(), "privacy-lead", "demo").post("/task/" + task
        + "/identity-links", "{\"groupId\":\"information-manager\",\"type\":\"candidate\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(204);

    identityService.setAuthentication("nurse", List.of("handler"));
    try {
      assertThat(refusal(() -> taskService.addCandidateUser(task, "exec")))
          .isEqualTo(TaskHandedWithinItsPeople.WIDENING_REFUSAL);
      assertThat(refusal(() -> taskService.setAssignee(task, "exec")))
          .isEqualTo(TaskHandedWithinItsPeople.HANDOVER_REFUSAL);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(candidates(task)).containsExactlyInAnyOrder("group:handler", "user:privacy-lead",
        "group:information-manager");
    taskService.complete(task);
  }

  private String newTask() {
    String instance = runtimeService.startProcessInstanceByKey(FIXTURE, "KEPT-" + System.nanoTime(), Map.of())
        .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private List<String> candidates(String task) {
    return taskService.getIdentityLinksForTask(task).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(TaskPeopleTest::name).toList();
  }

  private static String name(IdentityLink link) {
    return link.getGroupId() != null ? "group:" + link.getGroupId() : "user:" + link.getUserId();
  }
}
