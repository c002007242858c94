package jp.mamori.tasks;

import jp.mamori.web.LocaleSelection;
import jp.mamori.tasks.form.FormTranslation;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.mamori.tasks.form.FormDefinition;
import jp.mamori.tasks.form.FormParser;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Finds the Camunda Form a task links to ({@code camunda:formRef}) and the values it starts with. */
@Service
public class TaskForms {

  private final FormService formService;
  private final TaskService taskService;
  private final Clock clock;

  TaskForms(FormService formService, TaskService taskService, Clock clock) {
    this.formService = formService;
    this.taskService = taskService;
    this.clock = clock;
  }

  /** The task's form filled with the case's current variables, or empty when the task has no form. */
  public Optional<RenderedForm> formOf(Task task) {
    if (task.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    try (InputStream json = formService.getDeployedTaskForm(task.getId())) {
      FormDefinition definition = FormTranslation.of(FormParser.parse(json), LocaleSelection.current());
      return Optional.of(new RenderedForm(definition, taskService.getVariables(task.getId()))
          .prefill(LocalDate.now(clock)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the form of task " + task.getId(), e);
    }
  }

  /** A start form, empty but for what it asks to prefill (the fiscal year). */
  public Optional<RenderedForm> parse(InputStream json) {
    try (json) {
      return Optional.of(new RenderedForm(FormTranslation.of(FormParser.parse(json), LocaleSelection.current()),
          Map.of()).prefill(LocalDate.now(clock)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read a form", e);
    }
  }
}
