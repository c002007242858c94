package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.TaskActions;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.web.ActionRefused;
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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open task always belongs to someone (TaskKeptForSomeone): its last role or person cannot be removed while nobody
 * holds it, and a task offered to nobody cannot be given back — through the Java API, /engine-rest and the app alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskKeptForSomeoneTest extends IntegrationTest {

  private static final String FIXTURE = "taskKeptForSomeoneFixture";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TaskActions actions;
  @Autowired StaffDirectory staff;

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

  private String newTask() {
    String instance = runtimeService.startProcessInstanceByKey(FIXTURE, "KEPT-" + System.nanoTime(), Map.of())
        .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private List<String> candidates(String task) {
    return taskService.getIdentityLinksForTask(task).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(TaskKeptForSomeoneTest::name).toList();
  }

  private static String name(IdentityLink link) {
    return link.getGroupId() != null ? "group:" + link.getGroupId() : "user:" + link.getUserId();
  }

  private static String refusal(Runnable change) {
    Throwable thrown = catchThrowable(change::run);
    assertThat(thrown).as("refused").isNotNull();
    return WrappedCause.find(thrown, ActionRefused.class).map(ActionRefused::messageKey)
        .orElseThrow(() -> new AssertionError("not the rule's refusal", thrown));
  }
}
