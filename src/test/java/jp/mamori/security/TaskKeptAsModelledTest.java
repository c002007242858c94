package jp.mamori.security;

import static jp.mamori.security.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.mamori.process.TaskKeptAsModelled;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * A task's name, description, due date and priority are its model's (TaskKeptAsModelled, ADR 0058 amended): a task's
 * people cannot rename it or move its deadline on any channel; the follow-up date stays theirs (a task sent back as
 * read, its form reference included, as Tasklist sends it: TaskSentBackAsRead); the models' glue and the escalation
 * (no person acting) change them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskKeptAsModelledTest extends IntegrationTest {

  private static final String FIXTURE = "taskKeptAsModelledFixture";
  private static final String NAME = "期限の確認";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  private String deploymentId;

  @BeforeAll
  void deploy() {
    deploymentId = repositoryService.createDeployment().name("task kept as modelled fixture")
        .addModelInstance(FIXTURE + ".bpmn", Bpmn.createExecutableProcess(FIXTURE).name(NAME)
            .camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Check").name(NAME).camundaCandidateGroups("handler")
            .camundaDueDate("2030-01-15T09:00:00")
            // as every task of the models: the task read over REST carries its form reference
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
  @DisplayName("A candidate renames nothing, moves no deadline, changes no priority; sets her own follow-up date")
  void aCandidateChangesOnlyTheFollowUpDate(String channel) throws Exception {
    String task = newTask();
    Task before = taskService.createTaskQuery().taskId(task).singleResult();
    Channels.Door nurse = Channels.of(channel, baseUrl(), "nurse");

    for (Consumer<ObjectNode> change : List.<Consumer<ObjectNode>>of(t -> t.put("name", "どうでもよい"),
        t -> t.put("description", "後回し"), t -> t.put("due", "2031-12-31T09:00:00.000+0900"),
        t -> t.put("priority", 1))) {
      ObjectNode body = asRead(task);
      change.accept(body);
      HttpResponse<String> refused = nurse.put("/task/" + task, body.toString());
      assertThat(refused.statusCode()).as(body + " " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains(TaskKeptAsModelled.REFUSAL).contains(NAME);
    }
    Task unchanged = taskService.createTaskQuery().taskId(task).singleResult();
    assertThat(unchanged.getName()).isEqualTo(NAME);
    assertThat(unchanged.getDescription()).isNull();
    assertThat(unchanged.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(unchanged.getPriority()).isEqualTo(before.getPriority());

    ObjectNode followUp = asRead(task).put("followUp", "2030-01-10T09:00:00.000+0900");
    assertThat(followUp.has("camundaFormRef")).as("sent back as read, form reference and all").isTrue();
    HttpResponse<String> kept = nurse.put("/task/" + task, followUp.toString());
    assertThat(kept.statusCode()).as("the task as it was, with her reminder: " + kept.body()).isEqualTo(204);
    Task reminded = taskService.createTaskQuery().taskId(task).singleResult();
    assertThat(reminded.getFollowUpDate()).isNotNull();
    assertThat(reminded.getDueDate()).isEqualTo(before.getDueDate());
    taskService.complete(task);
  }

  @Test
  @DisplayName("Java API: a handler is refused; the model's glue and the system (no person acting) are not")
  void theModelAndTheSystemMay() {
    String task = newTask();
    identityService.setAuthentication("nurse", List.of("handler"));
    try {
      assertThat(refusal(() -> taskService.setPriority(task, 1))).isEqualTo(TaskKeptAsModelled.REFUSAL);
      TaskKeptAsModelled.byTheModel(() -> taskService.setPriority(task, 60));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(priority(task)).as("the model's glue, inside a person's command").isEqualTo(60);

    taskService.setPriority(task, 70);
    assertThat(priority(task)).as("the escalation: no person acting").isEqualTo(70);

    taskService.complete(task);
  }

  private ObjectNode asRead(String task) throws Exception {
    HttpResponse<String> read = Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD).get("/task/" + task);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return (ObjectNode) JSON.readTree(read.body());
  }

  private int priority(String task) {
    return taskService.createTaskQuery().taskId(task).singleResult().getPriority();
  }

  private String newTask() {
    String instance = runtimeService.startProcessInstanceByKey(FIXTURE, "MODELLED-" + System.nanoTime(), Map.of())
        .getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }
}
