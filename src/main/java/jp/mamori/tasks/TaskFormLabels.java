package jp.mamori.tasks;

import jp.mamori.tasks.form.FormTranslation;
import java.util.Locale;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.mamori.tasks.form.FormDefinition;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.FormParser;
import jp.mamori.tasks.form.Option;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The words a task's form showed for a stored value: the decision {@code forward} was the option 「上申する」. Found
 * for finished tasks too, from the form deployed with the task's model version (forms are deployed with their
 * models, {@code formRefBinding="deployment"}); a value no form offers stays as it was stored.
 */
@Component
class TaskFormLabels {

  private final RepositoryService repositoryService;
  /** per process definition and task: the form, which never changes for a deployed version */
  private final Map<String, Optional<FormDefinition>> forms = new ConcurrentHashMap<>();

  TaskFormLabels(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The label of the option the task's decision field offered for the value, or the value itself. */
  String decisionLabel(String processDefinitionId, String taskDefinitionKey, String value, Locale locale) {
    if (value == null || processDefinitionId == null || taskDefinitionKey == null) {
      return value;
    }
    return form(processDefinitionId, taskDefinitionKey).map(f -> FormTranslation.of(f, locale)).stream()
        .flatMap(f -> f.fields().stream())
        .filter(f -> f.key() != null && (f.key().equals("decision") || f.key().endsWith("Decision")))
        .flatMap(f -> f.options().stream())
        .filter(o -> o.value().equals(value)).map(Option::label).findFirst()
        .orElse(value);
  }

  /** The form a task of this model version shows, if it has one. */
  Optional<FormDefinition> form(String processDefinitionId, String taskDefinitionKey) {
    return forms.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey,
        k -> load(processDefinitionId, taskDefinitionKey));
  }

  /** The label of a field of the task's form, by its key. */
  Optional<FormField> field(String processDefinitionId, String taskDefinitionKey, String key) {
    return form(processDefinitionId, taskDefinitionKey).flatMap(f -> f.field(key));
  }

  private Optional<FormDefinition> load(String processDefinitionId, String taskDefinitionKey) {
    if (!(repositoryService.getBpmnModelInstance(processDefinitionId)
        .getModelElementById(taskDefinitionKey) instanceof UserTask task) || task.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
    for (String resource : repositoryService.getDeploymentResourceNames(definition.getDeploymentId())) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream json = repositoryService.getResourceAsStream(definition.getDeploymentId(), resource)) {
        FormDefinition form = FormParser.parse(json);
        if (task.getCamundaFormRef().equals(form.id())) {
          return Optional.of(form);
        }
      } catch (IOException | RuntimeException e) {
        // a form that cannot be read is not the one: the value is shown as stored
      }
    }
    return Optional.empty();
  }
}
