package jp.mamori.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import jp.mamori.tasks.form.FormDefinition;
import jp.mamori.tasks.form.FormRefused;
import jp.mamori.tasks.form.FormSubmission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and completions over REST and Tasklist obey the same form rules as the app's pages (ADR 0003): on the
 * engine's start and complete events, the case's values for the form's editable fields are checked with the app's
 * validator and stored typed as the app stores them; a broken rule refuses the command (400 naming the field).
 * Glue of another case starting or moving this one is not a client and is not checked.
 */
@Component
class RemoteFormRule {

  private final DeployedForms forms;

  RemoteFormRule(DeployedForms forms) {
    this.forms = forms;
  }

  @EventListener
  public void completing(DelegateTask task) {
    if (EngineEvents.isTask(task, TaskListener.EVENTNAME_COMPLETE) && appliesTo(task.getProcessInstanceId())) {
      forms.ofTask(task)
          .ifPresent(form -> check(form, task.getExecution(), DeployedForms.editableValues(form, task)));
    }
  }

  @EventListener
  public void starting(DelegateExecution execution) {
    if (!EngineEvents.isExecution(execution, ExecutionListener.EVENTNAME_START) || !CaseStart.isStartOfCase(execution)
        || CaseStart.startFormRef(execution).isEmpty()
        || !appliesTo(execution.getProcessInstanceId())) {
      return;
    }
    FormDefinition form = forms.ofStart(execution.getProcessDefinitionId(), CaseStart.startFormRefBinding(execution));
    check(form, execution, DeployedForms.editableValues(form, execution));
  }

  private static boolean appliesTo(String processInstanceId) {
    return RemoteChannel.isActive() && !ModelExecution.isDrivenByAnotherCase(processInstanceId);
  }

  private static void check(FormDefinition form, DelegateExecution execution, Map<String, Object> values) {
    FormSubmission submission = FormSubmission.of(form, asSubmitted(values), RemoteChannel.locale());
    if (!submission.isValid()) {
      throw new FormRefused(submission.errors());
    }
    // "2026-12-01" sent as a date or 3 sent as a string: the glue reads the types the app stores, whoever sent it
    submission.variables().forEach((key, value) -> {
      if (!Objects.equals(values.get(key), value)) {
        execution.setVariable(key, value);
      }
    });
  }

  /**
   * Tasklist sends a checklist of a form it has no variable for yet (a start form) as Camunda's {@code Json} type,
   * and REST clients may too: the engine hands it over as a JSON node, which the form rules read as the list of
   * texts it holds (and the case then stores as the app's list).
   */
  private static Map<String, Object> asSubmitted(Map<String, Object> values) {
    Map<String, Object> submitted = new HashMap<>(values);
    submitted.replaceAll((key, value) -> value instanceof SpinJsonNode json && json.isArray()
        ? json.elements().stream().map(RemoteFormRule::item).toList() : value);
    return submitted;
  }

  private static Object item(SpinJsonNode element) {
    return element.isString() ? element.stringValue() : element.isNumber() ? element.numberValue() : element.toString();
  }
}
