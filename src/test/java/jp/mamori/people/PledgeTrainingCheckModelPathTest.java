package jp.mamori.people;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import jp.mamori.testing.ModelPathTest;
import org.camunda.bpm.engine.runtime.Job;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one path of processes/pledgeTrainingCheck.bpmn: the weekly timer starts the check (第20条3, 第33条). */
@Deployment(resources = "processes/pledgeTrainingCheck.bpmn")
class PledgeTrainingCheckModelPathTest extends ModelPathTest {

  private final PeopleCheck peopleCheck = mock(PeopleCheck.class);

  @BeforeEach
  void glue() {
    Mocks.register("peopleSettings", new PeopleSettings("0 0 7 ? * MON"));
    Mocks.register("peopleCheck", peopleCheck);
  }

  @Test
  @DisplayName("第20条3・第33条: 毎週のタイマーで誓約書と研修を確認する")
  void theWeeklyTimerRunsTheCheck() {
    Job timer = engine().getManagementService().createJobQuery().processDefinitionKey("pledgeTrainingCheck")
        .timers().singleResult();
    engine().getManagementService().executeJob(timer.getId());
    verify(peopleCheck).check(any());
    Assertions.assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery()
        .activityId("End_Checked").count()).isEqualTo(1L);
  }
}
