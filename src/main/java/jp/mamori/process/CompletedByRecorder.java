package jp.mamori.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps who completed the latest task in the variable {@code completedBy}, so that the service task right after a
 * decision knows the decider without searching the history.
 */
@Component
class CompletedByRecorder {

  static final String VARIABLE = "completedBy";

  private final IdentityService identityService;

  CompletedByRecorder(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(condition = "#task.eventName == 'complete'")
  public void completed(DelegateTask task) {
    String user = task.getAssignee();
    if (user == null) {
      var authentication = identityService.getCurrentAuthentication();
      user = authentication == null ? null : authentication.getUserId();
    }
    task.getExecution().setVariable(VARIABLE, user);
  }
}
