package jp.mamori.purpose;

import static jp.mamori.purpose.PurposeFilings.filing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.process.FourEyesViolation;
import jp.mamori.tasks.Procedures;
import jp.mamori.web.ActionRefused;
import jp.mamori.tasks.TaskActions;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第12条3–4: the supervising manager reviews the notification and obtains the total manager's approval — two people.
 * Whoever reviewed (forwarded) a filing never approves it: not the supervising manager acting as the director's
 * deputy, and not the director who reviewed it after the review was escalated to him. The approval task names the
 * review in {@code fourEyesTasks}; the rule holds for the app, REST and the Java API, and escalation passes over an
 * excluded deputy.
 */
class ApproverIsNotTheReviewerTest extends IntegrationTest {

  @Autowired Procedures procedures;
  @Autowired TaskActions actions;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired StaffDirectory staff;

  @Test
  void theReviewerCannotApproveAsTheDirectorsDeputy_第12条3() {
    ProcessInstance instance = file("審査者は代理でも承認できない");
    complete("privacy-lead", instance, Map.of("reviewDecision", "forward"));
    Task approval = task(instance);
    actions.claim(Staff.of(staff, "director"), approval.getId());

    managementService.executeJob(timer(instance, "Timer_ApprovalEscalation"));

    assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getUserId)
        .doesNotContain("privacy-lead");
    // the application itself (no user, so no engine authorization in the way): the refusal is the rule's
    identityService.clearAuthentication();
    try {
      assertThatThrownBy(() -> taskService.addCandidateUser(approval.getId(), "privacy-lead"))
          .hasStackTraceContaining(FourEyesViolation.class.getName());
      assertThatThrownBy(() -> taskService.setAssignee(approval.getId(), "privacy-lead"))
          .hasStackTraceContaining(FourEyesViolation.class.getName());
    } finally {
      identityService.clearAuthentication();
    }
    // the director holds the task and may add candidates to it, but not the reviewer
    HttpResponse<String> overRest = Rest.as(baseUrl(), "director", "demo").post(
        "/task/" + approval.getId() + "/identity-links", "{\"userId\":\"privacy-lead\",\"type\":\"candidate\"}");
    assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(403);
    assertThat(overRest.body()).contains("FourEyesViolation");
    assertThat(task(instance).getAssignee()).isEqualTo("director");
    assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("Task_Approve");
  }

  @Test
  void theDirectorWhoReviewedAfterEscalationCannotApprove_第12条4() {
    ProcessInstance instance = file("院長が審査した届出は院長が承認できない");
    managementService.executeJob(timer(instance, "Timer_ReviewEscalation"));
    complete("director", instance, Map.of("reviewDecision", "forward"));
    Task approval = task(instance);
    StaffPrincipal director = Staff.of(staff, "director");

    assertThatThrownBy(() -> actions.complete(director, approval.getId(), Map.of("approvalDecision", "approve"),
        "approve", null)).isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    HttpResponse<String> overRest = Rest.as(baseUrl(), "director", "demo").post(
        "/task/" + approval.getId() + "/complete",
        "{\"variables\":{\"approvalDecision\":{\"value\":\"approve\"}}}");
    assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(403);
    assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("Task_Approve");
    assertThat(runtimeService.getVariable(instance.getId(), "approvalDecision")).isNull();

    // the idle approval goes to the director's deputy, who did not review: two people after all
    managementService.executeJob(timer(instance, "Timer_ApprovalEscalation"));
    complete("privacy-lead", instance, Map.of("approvalDecision", "approve"));
    assertThat(runtimeService.getActiveActivityIds(instance.getId())).doesNotContain("Task_Approve");
  }

  private ProcessInstance file(String purpose) {
    return procedures.start(Staff.of(staff, "nurse"), NewPurposeAcquisitionProcessTest.KEY,
        filing(purpose));
  }

  private void complete(String user, ProcessInstance instance, Map<String, Object> variables) {
    String decision = variables.values().iterator().next().toString();
    actions.complete(Staff.of(staff, user), task(instance).getId(), variables, decision, null);
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private String timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult().getId();
  }
}
