package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;

/** The job executor looks for due jobs once for the jobs added within a moment (ADR 0070, issue 18). */
class GatheredJobHintsTest extends IntegrationTest {

  @Autowired CamundaBpmProperties properties;

  @Test
  @DisplayName("ひと時に加わった多くのジョブには、ジョブの取得が一度だけ起こされる")
  void theJobsAddedWithinTheDelayWakeTheAcquisitionOnce() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    try {
      GatheredJobHints.Acquisition acquisition =
          new GatheredJobHints.Acquisition(new DefaultJobExecutor(), Duration.ofHours(1), timer);
      for (int job = 0; job < 50; job++) {
        acquisition.jobWasAdded();
      }
      assertThat(timer.getQueue()).as("one wake for fifty jobs").hasSize(1);
      assertThat(acquisition.isJobAdded()).as("not before the delay").isFalse();

      Runnable wake = timer.getQueue().peek();
      timer.remove(wake);
      wake.run(); // as when the delay has passed
      assertThat(acquisition.isJobAdded()).isTrue();

      acquisition.jobWasAdded();
      assertThat(timer.getQueue()).as("a job added after the wake waits for a wake of its own").hasSize(1);
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  @DisplayName("アプリのジョブ実行は設定どおりに作られ、始まるたびにこの取得を使う")
  void theApplicationsJobExecutorGathersItsHintsFromEachStart() {
    // the tests run without the job executor (they run jobs themselves): the application's is made here as at start
    JobExecutor executor =
        new GatheredJobHints().jobExecutor(new SyncTaskExecutor(), properties, Duration.ofMillis(200));
    assertThat(executor.getLockTimeInMillis()).as("the camunda.bpm.job-execution settings").isEqualTo(120_000);
    assertThat(executor.getMaxWait()).isEqualTo(60_000);

    executor.start(); // the engine makes the acquisition anew at each start
    try {
      assertThat(executor.getAcquireJobsRunnable()).isInstanceOf(GatheredJobHints.Acquisition.class);
    } finally {
      executor.shutdown();
    }
    executor.start();
    try {
      assertThat(executor.getAcquireJobsRunnable()).isInstanceOf(GatheredJobHints.Acquisition.class);
    } finally {
      executor.shutdown();
    }
  }
}
