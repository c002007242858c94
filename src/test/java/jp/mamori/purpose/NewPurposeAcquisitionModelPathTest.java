package jp.mamori.purpose;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;
import jp.mamori.process.DecisionOutcome;
import jp.mamori.testing.ModelPathTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/newPurposeAcquisition.bpmn on the in-memory engine, with {@link PurposeCase} mocked: the
 * 第15条 rule's outcome, review (forward, return, reject), revision, approval (approve, reject), and the reminder and
 * escalation timers of both decisions. The real decision table runs; what the glue writes to the registry and the
 * ledger is NewPurposeAcquisitionProcessTest's.
 */
@Deployment(resources = {"processes/newPurposeAcquisition.bpmn", "processes/acquisitionRule.dmn"})
class NewPurposeAcquisitionModelPathTest extends ModelPathTest {

  private final PurposeCase purposeCase = mock(PurposeCase.class);

  @BeforeEach
  void glue() {
    Mocks.register("purposeCase", purposeCase);
    Mocks.register("purposeDeadlines", deadlines(5, 2));
    // the one glue method whose result the model reads: the decision table's ruling taken apart
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      Map<String, Object> ruling = DecisionOutcome.of(execution);
      execution.setVariable("acquisitionRule", ruling.get("acquisitionRule"));
      return null;
    }).when(purposeCase).ruled(any());
  }

  @Test
  void forwardedAndApproved() {
    ProcessInstance instance = file("none", "none");
    verify(purposeCase).file(any());
    assertThat(instance).isWaitingAt("Task_Review").task().hasCandidateGroup("supervising-manager");

    complete(instance, Map.of("reviewDecision", "forward"));
    assertThat(instance).isWaitingAt("Task_Approve").task().hasCandidateGroup("total-manager");
    complete(instance, Map.of("approvalDecision", "approve"));

    assertThat(instance).isWaitingAt("Task_PublishPurpose");
    run(instance, "Task_PublishPurpose");
    assertThat(instance).isEnded().hasPassed("End_Approved");
    verify(purposeCase).approve(any());
    verify(purposeCase, never()).reject(any());
  }

  @Test
  void forbiddenByTheRuleWithoutReview() {
    ProcessInstance instance = file("belief", "none");

    assertThat(instance).isEnded().hasPassed("Task_RecordNotPermitted", "End_NotPermitted")
        .hasNotPassed("Task_Review");
    verify(purposeCase).notPermitted(any());
  }

  @Test
  void consentRequiredIsStillReviewed() {
    ProcessInstance instance = file("genetic", "consent");

    assertThat(instance).isWaitingAt("Task_Review").variables().containsEntry("acquisitionRule", "consentRequired");
  }

  @Test
  void returnedToTheHandlerThenReviewedAgain() {
    ProcessInstance instance = file("none", "none");
    complete(instance, Map.of("reviewDecision", "return", "reviewReason", "保管場所を具体的に"));

    assertThat(instance).isWaitingAt("Task_Revise").task().isAssignedTo("nurse");
    complete(instance, Map.of());
    assertThat(instance).isWaitingAt("Task_Review");
  }

  @Test
  void rejectedAtReview() {
    ProcessInstance instance = file("none", "none");
    complete(instance, Map.of("reviewDecision", "reject"));

    assertThat(instance).isEnded().hasPassed("Task_RecordRejection", "End_Rejected").hasNotPassed("Task_Approve");
    verify(purposeCase).reject(any());
  }

  @Test
  void rejectedAtApproval() {
    ProcessInstance instance = file("none", "none");
    complete(instance, Map.of("reviewDecision", "forward"));
    complete(instance, Map.of("approvalDecision", "reject"));

    assertThat(instance).isEnded().hasPassed("Task_RecordRejection", "End_Rejected");
    verify(purposeCase, never()).approve(any());
  }

  @Test
  void anIdleReviewIsRemindedThenEscalatedAndStaysOpen() throws Exception {
    ProcessInstance instance = file("none", "none");
    Assertions.assertThat(job(instance, "Timer_ReviewReminder").getDuedate()).isBefore(
        job(instance, "Timer_ReviewEscalation").getDuedate());

    run(instance, "Timer_ReviewReminder");
    verify(remindIdleTask).execute(any());
    run(instance, "Timer_ReviewEscalation");
    verify(escalateIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_Review").hasPassed("End_ReviewerReminded", "End_ReviewEscalated");
  }

  @Test
  void anIdleApprovalIsRemindedThenEscalatedAndTheReviewTimersAreGone() throws Exception {
    ProcessInstance instance = file("none", "none");
    complete(instance, Map.of("reviewDecision", "forward"));
    assertThat(job(instance, "Timer_ReviewReminder")).isNull();

    run(instance, "Timer_ApprovalReminder");
    run(instance, "Timer_ApprovalEscalation");
    verify(remindIdleTask).execute(any());
    verify(escalateIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_Approve").hasPassed("End_ApproverReminded", "End_ApprovalEscalated");
  }

  /** A handler's notification with these special categories and legal basis (the 第15条 rule's inputs). */
  private ProcessInstance file(String specialCategory, String legalBasis) {
    // hasSpecialCategory is what the mocked purposeCase.file(…) would have derived from the form
    return start("newPurposeAcquisition", "nurse", Map.of("changeOfPurpose", "new",
        "hasSpecialCategory", !"none".equals(specialCategory), "relatedToIllness", false, "legalBasis", legalBasis));
  }
}
