package jp.mamori.records;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
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
 * Every path of processes/ledgerChange.bpmn (第22条: the ledger kept accurate, changes approved by the supervising
 * manager) on the in-memory engine, {@link LedgerChangeCase} mocked: approved, refused (the gateway's default), and
 * the review's reminder, which leaves the review open.
 */
@Deployment(resources = "processes/ledgerChange.bpmn")
class LedgerChangeModelPathTest extends ModelPathTest {

  private final LedgerChangeCase ledgerChangeCase = mock(LedgerChangeCase.class);

  @BeforeEach
  void glue() {
    Mocks.register("ledgerChangeCase", ledgerChangeCase);
    Mocks.register("recordsSettings", new RecordsSettings("0 0 6 * * ?", 10, 5));
  }

  @Test
  @DisplayName("第22条: 台帳の変更の提案は確かめられ、個人情報統括管理者が承認すれば変更される")
  void anApprovedChangeEndsApproved() {
    ProcessInstance instance = start("ledgerChange", "records-manager", Map.of());
    verify(ledgerChangeCase).proposed(any());
    assertThat(instance).isWaitingAt("Task_Review").task().hasCandidateGroup("supervising-manager");

    complete(instance, Map.of("reviewDecision", "approve"));

    verify(ledgerChangeCase).reviewed(any());
    assertThat(instance).isEnded().hasPassed("End_Approved").hasNotPassed("End_Refused");
  }

  @Test
  @DisplayName("第22条: 承認しない変更は台帳を変えずに終わる(既定の分岐)")
  void aRefusedChangeEndsRefused() {
    ProcessInstance instance = start("ledgerChange", "records-manager", Map.of());

    complete(instance, Map.of("reviewDecision", "refuse"));

    assertThat(instance).isEnded().hasPassed("End_Refused").hasNotPassed("End_Approved");
  }

  @Test
  @DisplayName("第22条: 承認の期限で統括管理者に督促し、承認は続く")
  void theReviewIsReminded() throws Exception {
    ProcessInstance instance = start("ledgerChange", "records-manager", Map.of());

    run(instance, "Timer_ReviewReminder");

    verify(remindIdleTask).execute(any());
    assertThat(instance).hasPassed("End_ReviewReminded").isWaitingAt("Task_Review");
    complete(instance, Map.of("reviewDecision", "approve"));
    assertThat(instance).isEnded().hasPassed("End_Approved");
  }
}
