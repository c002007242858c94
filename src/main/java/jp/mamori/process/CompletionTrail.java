package jp.mamori.process;

import java.util.Map;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every completion, from any channel, is in the audit trail with the person's name, the decision and the reason
 * (REQUIREMENTS §1), written in the engine's transaction. The app's task page (tasks.TaskActions) records its own
 * completions (with the reason the user typed) and says so ({@link #recordedByCaller}); everything else, REST,
 * Tasklist and the Java API, is recorded here from the task form's fields. The decision and its reason are the form
 * fields named so ({@link #decisionOf}, {@link #reasonOf}).
 */
@Component
public class CompletionTrail {

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
  public static void recordedByCaller(Runnable completion) {
    CALLER_RECORDS.set(Boolean.TRUE);
    try {
      completion.run();
    } finally {
      CALLER_RECORDS.remove();
    }
  }

  @EventListener
  public void completed(DelegateTask task) {
    if (!EngineEvents.isTask(task, TaskListener.EVENTNAME_COMPLETE) || CALLER_RECORDS.get()
        || task.getProcessInstanceId() == null
        || ModelExecution.isDrivenByAnotherCase(task.getProcessInstanceId())) {
      return;
    }
    Map<String, Object> answers = forms.ofTask(task)
        .map(form -> DeployedForms.editableValues(form, task))
        .orElseGet(task::getVariablesLocal);
    String decision = decisionOf(answers);
    trail.record(actor(task), "TASK_COMPLETED",
        new CaseRef(task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey(), task.getId()),
        task.getName(), reasonOf(answers), decision == null ? null : "decision=" + decision);
  }

  /** Nobody logged in and nobody assigned: in-process code completed it, recorded as the trail's "system". */
  private String actor(DelegateTask task) {
    var authentication = identityService.getCurrentAuthentication();
    if (authentication != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }

  /**
   * Form fields whose values the audit trail keeps as the decision and its reason: {@code decision} or any key
   * ending in {@code Decision}; {@code reason}, {@code comment} or any key ending in {@code Reason}.
   */
  public static String decisionOf(Map<String, Object> variables) {
    return firstValue(variables, k -> k.equals("decision") || k.endsWith("Decision"));
  }

  public static String reasonOf(Map<String, Object> variables) {
    return firstValue(variables, k -> k.equals("reason") || k.equals("comment") || k.endsWith("Reason"));
  }

  private static String firstValue(Map<String, Object> variables, java.util.function.Predicate<String> key) {
    return variables.entrySet().stream().filter(e -> key.test(e.getKey()))
        .map(Map.Entry::getValue).filter(v -> v != null && !v.toString().isBlank())
        .map(Object::toString).findFirst().orElse(null);
  }
}
