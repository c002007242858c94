package jp.mamori.tasks;

import java.util.Map;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every completion, from any channel, is in the audit trail with the person's name, the decision and the reason
 * (REQUIREMENTS §1), written in the engine's transaction. The app's {@link TaskActions} records its own completions
 * (with the reason the user typed) and says so; everything else, REST, Tasklist and the Java API, is recorded here
 * from the task form's fields.
 */
@Component
class CompletionTrail {

  private static final String SYSTEM = "system";
  private static final ThreadLocal<Boolean> CALLER_RECORDS = ThreadLocal.withInitial(() -> Boolean.FALSE);

  private final AuditTrail trail;
  private final IdentityService identityService;
  private final DeployedForms forms;

  CompletionTrail(AuditTrail trail, IdentityService identityService, DeployedForms forms) {
    this.trail = trail;
    this.identityService = identityService;
    this.forms = forms;
  }

  /** Runs a completion whose caller writes the trail entry itself. */
  static void recordedByCaller(Runnable completion) {
    CALLER_RECORDS.set(Boolean.TRUE);
    try {
      completion.run();
    } finally {
      CALLER_RECORDS.remove();
    }
  }

  @EventListener(condition = "#task.eventName == 'complete'")
  public void completed(DelegateTask task) {
    if (CALLER_RECORDS.get() || task.getProcessInstanceId() == null
        || ModelExecution.isDrivenByAnotherCase(task.getProcessInstanceId())) {
      return;
    }
    Map<String, Object> answers = forms.ofTask(task)
        .map(form -> DeployedForms.editableValues(form, task.getVariables()))
        .orElseGet(task::getVariablesLocal);
    String decision = TaskView.decisionOf(answers);
    trail.record(actor(task), "TASK_COMPLETED",
        new CaseRef(task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey(), task.getId()),
        task.getName(), TaskView.reasonOf(answers), decision == null ? null : "decision=" + decision);
  }

  /** Nobody logged in and nobody assigned: in-process code completed it, recorded as the trail's "system". */
  private String actor(DelegateTask task) {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
