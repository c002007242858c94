package jp.mamori.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps who completed the latest task in the variable {@code completedBy}, so that the service task right after a
 * decision knows the decider without searching the history, and who completed each task of the case in
 * {@code completedBy_<task id>}, so that four-eyes can exclude a task's performer from a later task of the same case
 * ({@code fourEyesTasks}). Both are reserved: only the engine writes them.
 */
@Component
class CompletedByRecorder {

  static final String VARIABLE = "completedBy";
  static final String PER_TASK_PREFIX = VARIABLE + "_";

  private final IdentityService identityService;

  CompletedByRecorder(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener
  public void completed(DelegateTask task) {
    if (!EngineEvents.isTask(task, TaskListener.EVENTNAME_COMPLETE)) {
      return;
    }
    String user = task.getAssignee();
    if (user == null) {
      var authentication = identityService.getCurrentAuthentication();
      user = authentication == null ? null : authentication.getUserId();
    }
    task.getExecution().setVariable(VARIABLE, user);
    task.getExecution().setVariable(performerOf(task.getTaskDefinitionKey()), user);
  }

  static String performerOf(String taskDefinitionKey) {
    return PER_TASK_PREFIX + taskDefinitionKey;
  }
}
