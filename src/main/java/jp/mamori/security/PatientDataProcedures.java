package jp.mamori.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * Which procedures hold patient data — in one place, the model (ADR 0026): a process whose process element says
 * {@code needToKnow=true} (the property that already keeps its variables to those who need to know,
 * {@link ModelGrants}). Every view of such a case is access-logged. Answered per deployed version, remembered.
 */
@Component
public class PatientDataProcedures {

  private final RepositoryService repository;
  private final Map<String, Boolean> byDefinitionId = new ConcurrentHashMap<>();

  PatientDataProcedures(RepositoryService repository) {
    this.repository = repository;
  }

  /**
   * Whether the procedure's latest deployed version holds patient data: a new version must say so too (the deployment
   * gate), or its monitors would read every case's content, the old ones' as well, once the grants are renewed.
   */
  public boolean heldBy(String processKey) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    return latest != null && holdsPatientData(latest.getId());
  }

  /** Whether a model says its procedure holds patient data ({@code needToKnow=true} on the process). */
  public static boolean declaredIn(BpmnModelInstance model, String processKey) {
    return ModelGrants.needToKnow(model, processKey);
  }

  public boolean holdsPatientData(String processDefinitionId) {
    if (processDefinitionId == null) {
      return false;
    }
    return byDefinitionId.computeIfAbsent(processDefinitionId, id -> {
      ProcessDefinition definition = repository.getProcessDefinition(id);
      return ModelGrants.needToKnow(repository.getBpmnModelInstance(id), definition.getKey());
    });
  }
}
