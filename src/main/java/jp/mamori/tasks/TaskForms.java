package jp.mamori.tasks;

import jp.mamori.web.LocaleSelection;
import jp.mamori.tasks.form.FormTranslation;
import java.io.IOException;
import java.io.InputStream;
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

  TaskForms(FormService formService, TaskService taskService) {
    this.formService = formService;
    this.taskService = taskService;
  }

  /** The task's form filled with the case's current variables, or empty when the task has no form. */
  public Optional<RenderedForm> formOf(Task task) {
    if (task.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    try (InputStream json = formService.getDeployedTaskForm(task.getId())) {
      FormDefinition definition = FormTranslation.of(FormParser.parse(json), LocaleSelection.current());
      return Optional.of(new RenderedForm(definition, taskService.getVariables(task.getId())));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the form of task " + task.getId(), e);
    }
  }

  public static Optional<RenderedForm> parse(InputStream json) {
    try (json) {
      return Optional.of(new RenderedForm(FormTranslation.of(FormParser.parse(json), LocaleSelection.current()),
          Map.of()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read a form", e);
    }
  }
}
