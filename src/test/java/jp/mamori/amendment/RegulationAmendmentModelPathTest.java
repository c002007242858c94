package jp.mamori.amendment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.ModelPathTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/regulationAmendment.bpmn (第37条; Keio 41, Keio 6) on the in-memory engine,
 * {@link AmendmentCase} mocked: each information manager's opinion, then each member's vote, counted; adopted and
 * enacted by the director, or rejected; the opinions' and the votes' deadlines close what is still open.
 */
@Deployment(resources = "processes/regulationAmendment.bpmn")
class RegulationAmendmentModelPathTest extends ModelPathTest {

  private final AmendmentCase amendmentCase = mock(AmendmentCase.class);
  private boolean adopted;

  @BeforeEach
  void glue() {
    Mocks.register("amendmentCase", amendmentCase);
    Mocks.register("amendmentSettings", new AmendmentSettings(10, 10, "majority-of-all"));
    when(amendmentCase.informationManagers(any())).thenReturn(List.of("records-manager", "ward-manager"));
    when(amendmentCase.committeeMembers(any())).thenReturn(List.of("director", "privacy-lead", "records-manager"));
    doAnswer(call -> {
      call.<DelegateExecution>getArgument(0).setVariable("opinionDueAt", Date.from(now.plus(Duration.ofDays(10))));
      return null;
    }).when(amendmentCase).proposed(any());
    doAnswer(call -> {
      call.<DelegateExecution>getArgument(0).setVariable("voteDueAt", Date.from(now.plus(Duration.ofDays(20))));
      return null;
    }).when(amendmentCase).voteOpened(any());
    doAnswer(call -> {
      call.<DelegateExecution>getArgument(0).setVariable("adopted", adopted);
      return null;
    }).when(amendmentCase).count(any());
  }

  @Test
  @DisplayName("第37条: 個人情報管理者全員の意見の後に部会が投票し、可決されれば院長が施行する")
  void opinionsVotesAdoptedEnacted() {
    adopted = true;
    ProcessInstance instance = proposed();
    Assertions.assertThat(tasks(instance, "Task_Opinion")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("records-manager", "ward-manager");

    tasks(instance, "Task_Opinion").forEach(t -> engine().getTaskService().complete(t.getId(), Map.of()));
    verify(amendmentCase, times(2)).opinionGiven(any());
    verify(amendmentCase).voteOpened(any());
    Assertions.assertThat(tasks(instance, "Task_Vote")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("director", "privacy-lead", "records-manager");
    verify(amendmentCase, times(3)).ballotOpened(any());

    tasks(instance, "Task_Vote").forEach(t -> engine().getTaskService().complete(t.getId(), Map.of()));
    verify(amendmentCase, times(3)).voted(any());
    verify(amendmentCase).count(any());
    assertThat(instance).isWaitingAt("Task_Enact").task().hasCandidateGroup("total-manager");

    complete(instance, Map.of());
    verify(amendmentCase).enacted(any());
    assertThat(instance).isEnded().hasPassed("End_Enacted").hasNotPassed("Task_Rejected");
  }

  @Test
  @DisplayName("第37条(慶應6条): 可決に届かなければ否決を記録して終わる(既定の分岐)")
  void rejected() {
    adopted = false;
    ProcessInstance instance = proposed();
    tasks(instance, "Task_Opinion").forEach(t -> engine().getTaskService().complete(t.getId(), Map.of()));
    tasks(instance, "Task_Vote").forEach(t -> engine().getTaskService().complete(t.getId(), Map.of()));

    verify(amendmentCase).rejected(any());
    assertThat(instance).isEnded().hasPassed("End_Rejected").hasNotPassed("Task_Enact");
  }

  @Test
  @DisplayName("第37条: 意見の期限で残りの意見を待たずに投票へ、投票の期限で残りの票を待たずに集計する")
  void theDeadlinesCloseWhatIsStillOpen() {
    adopted = true;
    ProcessInstance instance = proposed();
    engine().getTaskService().complete(tasks(instance, "Task_Opinion").get(0).getId(), Map.of());

    run(instance, "Timer_OpinionDeadline");
    Assertions.assertThat(tasks(instance, "Task_Opinion")).isEmpty();
    verify(amendmentCase, times(1)).opinionGiven(any());
    Assertions.assertThat(tasks(instance, "Task_Vote")).hasSize(3);

    engine().getTaskService().complete(tasks(instance, "Task_Vote").get(0).getId(), Map.of());
    run(instance, "Timer_VoteDeadline");
    Assertions.assertThat(tasks(instance, "Task_Vote")).isEmpty();
    verify(amendmentCase).count(any());
    verify(amendmentCase, never()).rejected(any());
    assertThat(instance).isWaitingAt("Task_Enact");
  }

  private ProcessInstance proposed() {
    ProcessInstance instance = start("regulationAmendment", "privacy-lead", Map.of("title", "第20条の改正"));
    verify(amendmentCase).proposed(any());
    return instance;
  }

  private List<Task> tasks(ProcessInstance instance, String taskKey) {
    return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).list();
  }
}
