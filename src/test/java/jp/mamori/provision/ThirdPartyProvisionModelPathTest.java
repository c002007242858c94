package jp.mamori.provision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;
import jp.mamori.testing.ModelPathTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/thirdPartyProvision.bpmn (第26条; Keio 23–25) on the in-memory engine, {@link ProvisionCase}
 * mocked: a provision within a basis goes to the information manager's confirmation, an exception first to the
 * corporate officer's approval (第26条3); approved or refused, confirmed (recorded) or withheld; the reminders of both
 * decisions, each leaving its task open.
 */
@Deployment(resources = "processes/thirdPartyProvision.bpmn")
class ThirdPartyProvisionModelPathTest extends ModelPathTest {

  private final ProvisionCase provisionCase = mock(ProvisionCase.class);

  @BeforeEach
  void glue() {
    Mocks.register("provisionCase", provisionCase);
    Mocks.register("provisionSettings", deadlines(2, 2));
  }

  @Test
  @DisplayName("第26条: 本人の同意などの根拠のある提供は、個人情報管理者の確認を経て記録される")
  void withinABasisConfirmedAndRecorded() {
    ProcessInstance instance = filed("consent");
    verify(provisionCase).filed(any());
    assertThat(instance).isWaitingAt("Task_Confirm").task().hasCandidateGroup("information-manager");

    complete(instance, Map.of("confirmDecision", "confirm"));
    verify(provisionCase).confirmed(any());
    run(instance, "Task_Record");

    verify(provisionCase).provided(any());
    assertThat(instance).isEnded().hasPassed("End_Provided").hasNotPassed("Task_Approve");
  }

  @Test
  @DisplayName("第26条: 個人情報管理者が提供を見合わせれば、記録せずに申請者に知らせて終わる")
  void withheldAtTheConfirmation() {
    ProcessInstance instance = filed("consent");

    complete(instance, Map.of("confirmDecision", "withhold"));
    run(instance, "Task_NotifyWithheld");

    verify(provisionCase).withheld(any());
    verify(provisionCase, never()).provided(any());
    assertThat(instance).isEnded().hasPassed("End_Withheld");
  }

  @Test
  @DisplayName("第26条3: 例外による提供は個人情報管理責任者が承認し、その後に確認されて記録される")
  void anExceptionApprovedThenConfirmed() {
    ProcessInstance instance = filed("exception");
    assertThat(instance).isWaitingAt("Task_Approve").task().hasCandidateGroup("corporate-officer");

    complete(instance, Map.of("approvalDecision", "approve"));
    verify(provisionCase).approved(any());
    assertThat(instance).isWaitingAt("Task_Confirm");
    complete(instance, Map.of("confirmDecision", "confirm"));
    run(instance, "Task_Record");

    assertThat(instance).isEnded().hasPassed("Task_Approve", "End_Provided");
  }

  @Test
  @DisplayName("第26条3: 個人情報管理責任者が承認しなければ、何も提供せずに知らせて終わる")
  void anExceptionRefused() {
    ProcessInstance instance = filed("exception");

    complete(instance, Map.of("approvalDecision", "refuse"));
    run(instance, "Task_NotifyRefused");

    verify(provisionCase).refused(any());
    assertThat(instance).isEnded().hasPassed("End_Refused").hasNotPassed("Task_Confirm");
  }

  @Test
  @DisplayName("第26条3: 承認と確認の期限でそれぞれ督促し、タスクは続く")
  void bothDecisionsAreReminded() throws Exception {
    ProcessInstance instance = filed("exception");
    run(instance, "Timer_ApproveReminder");
    assertThat(instance).hasPassed("End_ApproveReminder").isWaitingAt("Task_Approve");

    complete(instance, Map.of("approvalDecision", "approve"));
    run(instance, "Timer_ConfirmReminder");
    assertThat(instance).hasPassed("End_ConfirmReminder").isWaitingAt("Task_Confirm");
    verify(remindIdleTask, org.mockito.Mockito.times(2)).execute(any());
  }

  private ProcessInstance filed(String basis) {
    return start("thirdPartyProvision", "nurse", Map.of("basis", basis));
  }
}
