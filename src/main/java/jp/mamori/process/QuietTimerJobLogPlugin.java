package jp.mamori.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's job log leaves out the creation and the deletion of boundary timers (ADR 0036, issue 18).
 *
 * <p>Every review and approval carries a reminder and an escalation timer ({@code ${remindIdleTask}},
 * {@code ${escalateIdleTask}}); nearly all of them are deleted unfired when the task is done in time. With the
 * history level {@code full}, each timer wrote a job-log row when it was created and another when it was deleted, and
 * read its job definition for each: four statements per timer, 16 per new-purpose case, for rows nobody reads (the
 * timer's due date is on the task and in the model; what happened to the case is in the trail). A timer that fires
 * is still logged — its success or failure, with the incident — and so is every other job (asynchronous steps,
 * start timers, intermediate timers). The timers themselves are unchanged, so are the reminders and escalations.
 *
 * <p>{@code mamori.process.quiet-timer-job-log: false} logs every timer again.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
@ConditionalOnProperty(name = "mamori.process.quiet-timer-job-log", matchIfMissing = true)
class QuietTimerJobLogPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryEventProducer() == null) {
      configuration.setHistoryEventProducer(new QuietTimerHistoryEventProducer());
    }
  }

  /** The engine's own producer, without job-log rows for a boundary timer's creation and deletion. */
  static class QuietTimerHistoryEventProducer extends CacheAwareHistoryEventProducer {

    @Override
    public HistoryEvent createHistoricJobLogCreateEvt(Job job) {
      return boundaryTimer(job) ? null : super.createHistoricJobLogCreateEvt(job);
    }

    @Override
    public HistoryEvent createHistoricJobLogDeleteEvt(Job job) {
      return boundaryTimer(job) ? null : super.createHistoricJobLogDeleteEvt(job);
    }

    private static boolean boundaryTimer(Job job) {
      return job instanceof JobEntity entity
          && TimerExecuteNestedActivityJobHandler.TYPE.equals(entity.getJobHandlerType());
    }
  }
}
