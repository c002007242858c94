package jp.mamori.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A job deleted unrun from a case without incidents looks for none (issue 18).
 *
 * <p>Whenever the engine deletes a job that has not run — the reminder and escalation timers of a task done in time
 * — it asks the database for the job's failed-job incident ({@code selectIncidentsByConfiguration}): four queries per
 * new-purpose case, and nearly always none is there. The engine itself already knows: each execution records whether
 * it carries any incident (its cached entity state), and a failed job's incident is always made on the job's own
 * execution. So when the job's execution is in hand and holds no incident, nothing is asked; otherwise (an execution
 * with incidents, a job without an execution such as a start timer) the engine's own handling runs unchanged. A job
 * that ran and succeeded is left to the engine too: its incident is resolved, and by then the case may have ended
 * and taken the incident off its execution, so only the engine's lookup still finds it.
 *
 * <p>{@code mamori.process.quiet-job-deletion: false} leaves the engine's handler as it comes.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
@ConditionalOnProperty(name = "mamori.process.quiet-job-deletion", matchIfMissing = true)
class QuietJobDeletionPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomIncidentHandlers(
        EngineLists.plus(configuration.getCustomIncidentHandlers(), new FailedJobIncidents()));
  }

  /** The engine's failed-job incident handler, which does not look for an incident that cannot exist. */
  static class FailedJobIncidents extends DefaultIncidentHandler {

    FailedJobIncidents() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    public void deleteIncident(IncidentContext context) {
      if (mayHaveIncident(context)) {
        super.deleteIncident(context);
      }
    }

    private static boolean mayHaveIncident(IncidentContext context) {
      CommandContext command = Context.getCommandContext();
      if (command == null || context.getExecutionId() == null) {
        return true;
      }
      ExecutionEntity execution =
          command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, context.getExecutionId());
      return execution == null || !execution.getIncidents().isEmpty();
    }
  }
}
