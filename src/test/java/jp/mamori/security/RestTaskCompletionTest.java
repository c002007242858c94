package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Completing the sample model's review over /engine-rest obeys the same rules as the app: the review belongs to the
 * supervising manager's group (the split between filing and approving of 第12条), and whoever filed a request never
 * decides on it, not even through REST (four-eyes, REQUIREMENTS §1). Each test starts its own case.
 */
class RestTaskCompletionTest extends IntegrationTest {

  private static final String APPROVE = "{\"variables\":{\"decision\":{\"value\":\"approve\",\"type\":\"String\"}}}";

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired AuditTrail trail;
  @Test
  void aHandlerWhoIsNoCandidateCannotCompleteTheReview() {
    ProcessInstance instance = start("nurse", "候補者でない者による完了");
    Task review = reviewTask(instance);

    HttpResponse<String> response = Rest.as(baseUrl(), "nurse", PASSWORD)
        .post("/task/" + review.getId() + "/complete", APPROVE);

    EngineRestSecurityTest.assertRefusedByTheEngine(response);
    Task after = taskService.createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(runtimeService.getVariable(instance.getId(), "decision")).isNull();
  }
  @Test
  void theSupervisingManagerCompletesTheReviewAndTheCaseEnds() {
    ProcessInstance instance = start("nurse", "RESTでの承認");
    Task review = reviewTask(instance);

    HttpResponse<String> response = Rest.as(baseUrl(), "privacy-lead", PASSWORD)
        .post("/task/" + review.getId() + "/complete", APPROVE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult();
    assertThat(history.getEndActivityId()).isEqualTo("EndEvent_Approved");
  }
  @Test
  void theRequesterCannotApproveTheirOwnRequestOverRest() {
    ProcessInstance instance = start("privacy-lead", "自分の申請をRESTで承認");
    Task review = reviewTask(instance);

    HttpResponse<String> response = Rest.as(baseUrl(), "privacy-lead", PASSWORD)
        .post("/task/" + review.getId() + "/complete", APPROVE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("FourEyesViolation");
    assertThat(trail.ofCase(instance.getId())).filteredOn(e -> AuditTrail.REFUSED.equals(e.getAction()))
        .singleElement().satisfies(refusal -> {
          assertThat(refusal.getActor()).isEqualTo("privacy-lead");
          assertThat(refusal.getSubject()).isEqualTo("task.error.fourEyes");
          assertThat(refusal.getTaskId()).isEqualTo(review.getId());
        });
    Task after = taskService.createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("Task_Review");
    assertThat(runtimeService.getVariable(instance.getId(), "decision")).isNull();
  }
  @Test
  void theRequesterCannotClaimTheirOwnReviewOverRest() {
    ProcessInstance instance = start("privacy-lead", "自分の申請をRESTで担当");
    Task review = reviewTask(instance);

    HttpResponse<String> response = Rest.as(baseUrl(), "privacy-lead", PASSWORD)
        .post("/task/" + review.getId() + "/claim", "{\"userId\":\"privacy-lead\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
  }

  private ProcessInstance start(String user, String title) {
    return procedures.start(Staff.of(staff, user), "sampleApproval", SecurityTestUsers.sampleRequest(title));
  }

  private Task reviewTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Review")
        .singleResult();
  }
}
