package jp.mamori.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import jp.mamori.tasks.form.FormDefinition;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.FormParser;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms a running case links to, read inside the engine's listeners.
 *
 * <p>A form bound to its model's deployment ({@code formRefBinding="deployment"}, the convention of every shipped
 * model) never changes for that process definition: it is parsed once per definition and element and kept
 * (docs/benchmarks.md, "Per case": two reads of the deployed form per completion were 6 statements). The key is the
 * process definition id, which a new deployment never reuses, so every node may keep its own copy. Forms bound
 * otherwise ({@code latest}, {@code version}) are read each time.
 */
@Component
class DeployedForms {

  private static final String BINDING_DEPLOYMENT = "deployment";
  /** Far above the elements of all the versions a hospital keeps; past it the cache starts afresh. */
  private static final int MAX_CACHED = 2_000;

  private final FormService formService;
  private final Map<String, FormDefinition> byDefinitionAndElement = new ConcurrentHashMap<>();

  DeployedForms(FormService formService) {
    this.formService = formService;
  }

  Optional<FormDefinition> ofTask(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    if (element == null || element.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    return Optional.of(cached(task.getProcessDefinitionId() + "/" + element.getId(),
        element.getCamundaFormRefBinding(), () -> formService.getDeployedTaskForm(task.getId())));
  }

  /** The form of the start event a case of this definition starts at, when it has one. */
  Optional<FormDefinition> ofCaseStart(String processDefinitionId) {
    DeploymentCache deployed = Context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity definition = deployed.findDeployedProcessDefinitionById(processDefinitionId);
    if (definition.getInitial() == null
        || !(deployed.findBpmnModelInstanceForProcessDefinition(processDefinitionId)
            .getModelElementById(definition.getInitial().getId()) instanceof StartEvent start)
        || start.getCamundaFormRef() == null || start.getCamundaFormRef().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(ofStart(processDefinitionId, start.getCamundaFormRefBinding()));
  }

  FormDefinition ofStart(String processDefinitionId, String binding) {
    return cached(processDefinitionId + "/start", binding,
        () -> formService.getDeployedStartForm(processDefinitionId));
  }

  private FormDefinition cached(String key, String binding, Supplier<InputStream> read) {
    if (!BINDING_DEPLOYMENT.equals(binding)) {
      return parse(read.get());
    }
    FormDefinition known = byDefinitionAndElement.get(key);
    if (known != null) {
      return known;
    }
    if (byDefinitionAndElement.size() >= MAX_CACHED) {
      byDefinitionAndElement.clear();
    }
    FormDefinition form = parse(read.get());
    byDefinitionAndElement.put(key, form);
    return form;
  }

  /**
   * The case's current values of the form's editable fields (what a completion of the form sets), read by name: a
   * value stored as a byte array (a checklist's JSON) is fetched only when the form has it, not for every variable
   * of the case at every completion.
   */
  static Map<String, Object> editableValues(FormDefinition form, VariableScope scope) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : form.editableFields()) {
      if (scope.hasVariable(field.key())) {
        values.put(field.key(), scope.getVariable(field.key()));
      }
    }
    return values;
  }

  private static FormDefinition parse(InputStream json) {
    try (json) {
      return FormParser.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a deployed form", e);
    }
  }
}
