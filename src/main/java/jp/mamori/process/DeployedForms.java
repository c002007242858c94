package jp.mamori.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import jp.mamori.tasks.form.FormDefinition;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.FormParser;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/** The Camunda Forms a running case links to, read inside the engine's listeners. */
@Component
class DeployedForms {

  private final FormService formService;

  DeployedForms(FormService formService) {
    this.formService = formService;
  }

  Optional<FormDefinition> ofTask(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    return element == null || element.getCamundaFormRef() == null ? Optional.empty()
        : Optional.of(parse(formService.getDeployedTaskForm(task.getId())));
  }

  FormDefinition ofStart(String processDefinitionId) {
    return parse(formService.getDeployedStartForm(processDefinitionId));
  }

  /** The case's current values of the form's editable fields (what a completion of the form sets). */
  static Map<String, Object> editableValues(FormDefinition form, Map<String, Object> variables) {
    return form.editableFields().stream().map(FormField::key).filter(variables::containsKey)
        .collect(LinkedHashMap::new, (values, key) -> values.put(key, variables.get(key)), Map::putAll);
  }

  private static FormDefinition parse(InputStream json) {
    try (json) {
      return FormParser.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a deployed form", e);
    }
  }
}
