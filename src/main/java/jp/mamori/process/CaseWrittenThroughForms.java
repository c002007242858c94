package jp.mamori.process;

import java.lang.reflect.Field;
import java.util.Optional;
import jp.mamori.tasks.form.FormField;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case's content is what its forms say — the requester's filing (第12条), each step's decision and reason — and a
 * case runs its procedure from the start. The engine's defaults allow more: a task's people may set or remove any
 * variable of the case through the task ({@code PUT /task/{id}/variables/...}, Tasklist's engine API,
 * {@code TaskService.setVariable}) and complete it with variables its form does not have, and a starter may start a
 * case at any step ({@code startInstructions}). A reviewer could rewrite the requester's filing, delete a required
 * field or overwrite the decision table's result; a requester could start a case at the final approval, past the
 * review, the rule and the filing.
 *
 * <p>On every channel, while a person acts and the model is not running, this refuses: a variable written or removed
 * through a task on its own (outside its completion); a completion's variable that is not a field of the task's form
 * (Tasklist sends a form's read-only fields back: as they were shown, they are no write); a start at a step other than the start. The models'
 * glue writes what it writes, and a case started or moved by another case's glue is the model's doing. Reserved
 * variables keep their own refusal ({@link ReservedVariableGuard}). Writing a case's variables directly (not through a
 * task) stays the engine's right to update them, which no role holds: an engine administrator may grant it for a
 * correction, and the user operation log keeps who made it.
 */
@Component
class CaseWrittenThroughForms {

  static final String BY_HAND = "case.error.variablesByHand";
  static final String NOT_ON_FORM = "case.error.notOnTheForm";
  static final String READ_ONLY = "case.error.readOnlyField";
  static final String NOT_ON_START_FORM = "case.error.notOnTheStartForm";
  static final String STARTED_ELSEWHERE = "case.error.startedElsewhere";

  /** The engine keeps the completed task's id in the command only; both commands name it alike. */
  private static final Field COMPLETED_TASK = CommandFields.of(CompleteTaskCmd.class, "taskId");
  private static final Field SUBMITTED_TASK = CommandFields.of(SubmitTaskFormCmd.class, "taskId");

  private final DeployedForms forms;

  CaseWrittenThroughForms(DeployedForms forms) {
    this.forms = forms;
  }

  @EventListener
  public void writing(HistoricVariableUpdateEventEntity write) {
    String name = write.getVariableName();
    if (ReservedVariables.isReserved(name) || ModelExecution.isRunning() || TaskChange.personActing().isEmpty()) {
      return;
    }
    Command<?> command = currentCommand();
    if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
        || command instanceof PatchTaskVariablesCmd) {
      throw new ActionRefused(BY_HAND, name);
    }
    if (command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd) {
      forms.ofCaseStart(write.getProcessDefinitionId()).filter(form -> form.field(name).isEmpty()).ifPresent(form -> {
        throw new ActionRefused(NOT_ON_START_FORM, name);
      });
    }
    taskCompletedBy(command).ifPresent(task -> forms.ofTask(task).ifPresent(form -> {
      FormField field = form.field(name).orElseThrow(() -> new ActionRefused(NOT_ON_FORM, name, task.getName()));
      if (!field.isEditable() && SentBackAsShown.changes(write)) {
        throw new ActionRefused(READ_ONLY, field.label() == null ? name : field.label(), task.getName());
      }
    }));
  }

  @EventListener
  public void starting(DelegateExecution execution) {
    if (EngineEvents.isExecution(execution, ExecutionListener.EVENTNAME_START)
        && currentCommand() instanceof StartProcessInstanceAtActivitiesCmd && TaskChange.personActing().isPresent()
        && !ModelExecution.isDrivenByAnotherCase(execution.getProcessInstanceId())) {
      throw new ActionRefused(STARTED_ELSEWHERE);
    }
  }

  private static Command<?> currentCommand() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation == null ? null : invocation.getCommand();
  }

  /** The task a completion or a form submission completes: already in the command's entity cache. */
  private static Optional<TaskEntity> taskCompletedBy(Command<?> command) {
    Field taskId = command instanceof CompleteTaskCmd ? COMPLETED_TASK
        : command instanceof SubmitTaskFormCmd ? SUBMITTED_TASK : null;
    if (taskId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(Context.getCommandContext().getTaskManager()
        .findTaskById((String) CommandFields.read(taskId, command)));
  }
}
