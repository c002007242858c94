package jp.mamori.outsourcing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import jp.mamori.outsourcing.registry.OutsourcingSettings;
import jp.mamori.testing.ModelPathTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/outsourcingContract.bpmn (第25条1–2) on the in-memory engine, {@link OutsourcingCase}
 * mocked: the interview (conforms, fails then re-interview, fails then withdrawn), the draft confirmation sent back
 * while clauses are missing, the total manager's consent or refusal and its reminder. What the glue writes to the
 * contractor register is OutsourcingContractProcessTest's.
 */
@Deployment(resources = "processes/outsourcingContract.bpmn")
class OutsourcingContractModelPathTest extends ModelPathTest {

  private final OutsourcingCase outsourcingCase = mock(OutsourcingCase.class);

  @BeforeEach
  void glue() {
    OutsourcingSettings settings = mock(OutsourcingSettings.class);
    when(settings.getReviewDays()).thenReturn(5);
    Mocks.register("outsourcingCase", outsourcingCase);
    Mocks.register("outsourcingSettings", settings);
  }

  @Test
  @DisplayName("第25条1–2: 面接、誓約書、確認書案、承諾、契約の登録で定期確認が始まる")
  void interviewedPledgedDraftedConsentedAndConcluded() {
    ProcessInstance instance = intent();
    verify(outsourcingCase).registered(any());
    assertThat(instance).isWaitingAt("Task_Interview").task().hasCandidateGroup("supervising-manager");

    complete(instance, Map.of("interviewConforms", "yes"));
    assertThat(instance).isWaitingAt("Task_Pledges");
    complete(instance, Map.of());
    assertThat(instance).isWaitingAt("Task_DraftConfirmation");
    // missingClauseCount is what the mocked outsourcingCase.drafted(…) would have set from the checklist
    complete(instance, Map.of("missingClauseCount", 0));
    assertThat(instance).isWaitingAt("Task_Consent").task().hasCandidateGroup("total-manager");
    complete(instance, Map.of("consentDecision", "consent"));
    assertThat(instance).isWaitingAt("Task_Conclude").task().hasCandidateGroup("supervising-manager");
    complete(instance, Map.of());

    run(instance, "Task_StartChecks");
    assertThat(instance).isEnded().hasPassed("End_Concluded");
    verify(outsourcingCase).interviewed(any());
    verify(outsourcingCase).pledged(any());
    verify(outsourcingCase).drafted(any());
    verify(outsourcingCase).decided(any());
    verify(outsourcingCase).concluded(any());
    verify(outsourcingCase).startChecks(any());
    verify(outsourcingCase, never()).refused(any());
  }

  @Test
  @DisplayName("第25条2(1): 基準に合致しない委託先は再面接できる")
  void aFailedInterviewIsHeldAgain() {
    ProcessInstance instance = intent();
    complete(instance, Map.of("interviewConforms", "no"));
    assertThat(instance).isWaitingAt("Task_InterviewFailed");
    complete(instance, Map.of("interviewFailedDecision", "reinterview"));

    assertThat(instance).isWaitingAt("Task_Interview");
    verify(outsourcingCase).interviewFailed(any());
  }

  @Test
  @DisplayName("第25条2(1): 基準に合致しない委託先への委託は中止される")
  void aFailedInterviewEndsInWithdrawal() {
    ProcessInstance instance = intent();
    complete(instance, Map.of("interviewConforms", "no"));
    complete(instance, Map.of("interviewFailedDecision", "withdraw"));

    run(instance, "Task_RecordWithdrawal");
    assertThat(instance).isEnded().hasPassed("End_Withdrawn").hasNotPassed("Task_Pledges");
    verify(outsourcingCase).withdrawn(any());
  }

  @Test
  @DisplayName("第25条2(2): 条項の欠けた確認書案は承諾に回らず、作り直す")
  void aDraftWithMissingClausesIsDraftedAgain() {
    ProcessInstance instance = toDraft();
    complete(instance, Map.of("missingClauseCount", 2));
    assertThat(instance).isWaitingAt("Task_DraftConfirmation");
    complete(instance, Map.of("missingClauseCount", 0));

    assertThat(instance).isWaitingAt("Task_Consent");
    verify(outsourcingCase, times(2)).drafted(any());
  }

  @Test
  @DisplayName("第25条2: 総括個人情報管理者が承諾しなければ届出者に伝えて終わる")
  void consentRefused() {
    ProcessInstance instance = toDraft();
    complete(instance, Map.of("missingClauseCount", 0));
    complete(instance, Map.of("consentDecision", "refuse"));

    run(instance, "Task_NotifyRefusal");
    assertThat(instance).isEnded().hasPassed("End_Refused").hasNotPassed("Task_Conclude");
    verify(outsourcingCase).refused(any());
  }

  @Test
  @DisplayName("承諾が滞れば督促し、承諾待ちのまま")
  void anIdleConsentIsReminded() throws Exception {
    ProcessInstance instance = toDraft();
    complete(instance, Map.of("missingClauseCount", 0));

    run(instance, "Timer_ConsentReminder");
    verify(remindIdleTask).execute(any());
    assertThat(instance).isWaitingAt("Task_Consent").hasPassed("End_ConsentReminder");
  }

  private ProcessInstance intent() {
    return start("outsourcingContract", "privacy-lead", Map.of("contractorName", "試験委託社"));
  }

  private ProcessInstance toDraft() {
    ProcessInstance instance = intent();
    complete(instance, Map.of("interviewConforms", "yes"));
    complete(instance, Map.of());
    return instance;
  }
}
