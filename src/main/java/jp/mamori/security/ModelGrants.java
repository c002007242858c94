package jp.mamori.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Grants a model declares: who may start it ({@code camunda:candidateStarterGroups}, so that REST obeys the model
 * too) and who reads its cases' variables. A procedure whose process carries the property
 * {@code needToKnow=true} (patient data, 漏えい等の内容) gives nobody its variables by procedure: they are
 * granted case by case ({@link CaseReaders}) and task by task (Camunda's default task authorizations). Every
 * other procedure's variables are readable by the monitoring roles.
 */
final class ModelGrants {

  static final String NEED_TO_KNOW = "needToKnow";

  private ModelGrants() {}

  /** Adds to {@code grants}, so that a role's own rights and a model's land in one authorization. */
  static Grants addTo(Grants grants, RepositoryService repository) {
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      starters(repository, definition, grants);
      if (!needToKnow(repository.getBpmnModelInstance(definition.getId()), definition.getKey())) {
        RoleRights.MONITORS.forEach(role -> grants.add(role, Resources.PROCESS_DEFINITION, definition.getKey(),
            ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
            ProcessDefinitionPermissions.READ_TASK_VARIABLE));
      }
    }
    return grants;
  }

  private static void starters(RepositoryService repository, ProcessDefinition definition, Grants grants) {
    for (IdentityLink link : repository.getIdentityLinksForProcessDefinition(definition.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        grants.add(link.getGroupId(), Resources.PROCESS_DEFINITION, definition.getKey(),
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        // starting needs CREATE on process instances as well: a starter outside the staff roles (an executive
        // reporting a leak) gets it from the model that names them
        grants.add(link.getGroupId(), Resources.PROCESS_INSTANCE, ANY,
            ProcessInstancePermissions.CREATE);
      }
    }
  }

  /** Whether the process element itself (not one of its tasks) says {@code needToKnow=true}. */
  static boolean needToKnow(BpmnModelInstance model, String processKey) {
    List<CamundaProperty> declared = model.getModelElementsByType(CamundaProperty.class).stream()
        .filter(p -> NEED_TO_KNOW.equals(p.getCamundaName()))
        .filter(p -> owner(p) instanceof Process process && process.getId().equals(processKey))
        .toList();
    return declared.stream().anyMatch(p -> "true".equalsIgnoreCase(p.getCamundaValue()));
  }

  /** camunda:property → camunda:properties → extensionElements → the element they extend. */
  private static Object owner(CamundaProperty property) {
    var properties = property.getParentElement();
    var extensions = properties == null ? null : properties.getParentElement();
    return extensions == null ? null : extensions.getParentElement();
  }
}
