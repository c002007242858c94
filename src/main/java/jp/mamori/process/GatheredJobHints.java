package jp.mamori.process;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;

/**
 * The job executor looks for due jobs once for all the jobs that became due within a moment, not once per job (ADR
 * 0070, issue 18).
 *
 * <p>The engine tells its job executor of each new due job when the transaction that made it commits (an
 * asynchronous step: the publication after the director's approval), and the executor looks for jobs at once — a
 * query and a commit of its own — and, because the notice is still marked when that look ends, once more at once:
 * two looks or more per job, 2.65 per bench case under load, 4.4 ms of the database's 58 ms per case. Here the first
 * notice starts a short wait ({@code mamori.process.job-hint-delay}, default 200 ms) and the notices within it are
 * one: the look then takes the jobs of all of them. An asynchronous step starts at most that much later; nothing else
 * changes (an idle executor still looks on its own, every node still takes any node's jobs, ADR 0034). {@code 0s}
 * gives the engine's own behaviour.
 *
 * <p>Camunda has no setting for it: this is the Spring Boot starter's job executor, configured from the same
 * {@code camunda.bpm.job-execution} properties, with the engine's own acquisition told of new jobs through the wait
 * (the engine's {@code impl} classes, an exception to ADR 0001, as the engine plugins).
 */
@Configuration(proxyBeanMethods = false)
class GatheredJobHints {

  /** Takes the place of the starter's executor, which it builds only when no other exists, under the same switch. */
  @Bean
  @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true",
      matchIfMissing = true)
  JobExecutor jobExecutor(@Qualifier("camundaTaskExecutor") TaskExecutor tasks, CamundaBpmProperties properties,
      @Value("${mamori.process.job-hint-delay:PT0.2S}") Duration delay) {
    SpringJobExecutor executor = new Executor(delay);
    executor.setTaskExecutor(tasks);
    executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
    JobExecutionProperty settings = properties.getJobExecution();
    Optional.ofNullable(settings.getLockTimeInMillis()).ifPresent(executor::setLockTimeInMillis);
    Optional.ofNullable(settings.getMaxJobsPerAcquisition()).ifPresent(executor::setMaxJobsPerAcquisition);
    Optional.ofNullable(settings.getWaitTimeInMillis()).ifPresent(executor::setWaitTimeInMillis);
    Optional.ofNullable(settings.getMaxWait()).ifPresent(executor::setMaxWait);
    Optional.ofNullable(settings.getBackoffTimeInMillis()).ifPresent(executor::setBackoffTimeInMillis);
    Optional.ofNullable(settings.getMaxBackoff()).ifPresent(executor::setMaxBackoff);
    Optional.ofNullable(settings.getBackoffDecreaseThreshold()).ifPresent(executor::setBackoffDecreaseThreshold);
    Optional.ofNullable(settings.getWaitIncreaseFactor()).ifPresent(executor::setWaitIncreaseFactor);
    return executor;
  }

  /** The starter's executor, whose acquisition (made anew at each start) is told of new jobs through the wait. */
  static final class Executor extends SpringJobExecutor {

    private final Duration delay;

    Executor(Duration delay) {
      this.delay = delay;
    }

    @Override
    protected void ensureInitialization() {
      super.ensureInitialization();
      if (!delay.isZero() && !delay.isNegative()) {
        acquireJobsRunnable = new Acquisition(this, delay, newTimer());
      }
    }

    private static ScheduledExecutorService newTimer() {
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "mamori-job-hints");
        thread.setDaemon(true);
        return thread;
      });
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }

  /** The engine's acquisition, woken once per delay however many jobs were added meanwhile. */
  static final class Acquisition extends SequentialJobAcquisitionRunnable {

    private final long delayMillis;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();

    Acquisition(JobExecutor executor, Duration delay, ScheduledExecutorService timer) {
      super(executor);
      this.delayMillis = delay.toMillis();
      this.timer = timer;
    }

    @Override
    public void jobWasAdded() {
      if (wakeScheduled.compareAndSet(false, true)) {
        try {
          timer.schedule(this::wake, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
          // the executor is shutting down: nothing is to be looked for any more
        }
      }
    }

    private void wake() {
      wakeScheduled.set(false); // a job added from here on schedules the next wake
      super.jobWasAdded();
    }

    @Override
    public void stop() {
      timer.shutdownNow();
      super.stop();
    }
  }
}
