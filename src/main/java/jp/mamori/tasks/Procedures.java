package jp.mamori.tasks;

import jp.mamori.process.ModelLabels;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.process.BusinessKeys;
import jp.mamori.process.WrappedCause;
import jp.mamori.security.EngineIdentity;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedures a user may start (the model's {@code camunda:candidateStarterGroups}) and starting one. A case gets
 * a readable business key: the model's {@code businessKeyPrefix} property (or its key), the date and a short code.
 */
@Service
public class Procedures {

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final FormService formService;
  private final HistoryService historyService;
  private final EngineIdentity engineIdentity;
  private final AuditTrail trail;
  private final BusinessKeys businessKeys;

  Procedures(RepositoryService repositoryService, RuntimeService runtimeService, FormService formService,
      HistoryService historyService, EngineIdentity engineIdentity, AuditTrail trail, BusinessKeys businessKeys) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.formService = formService;
    this.historyService = historyService;
    this.engineIdentity = engineIdentity;
    this.trail = trail;
    this.businessKeys = businessKeys;
  }

  public List<Procedure> startableBy(StaffPrincipal user) {
    return repositoryService.createProcessDefinitionQuery().latestVersion().active()
        .startableByUser(user.userId()).orderByProcessDefinitionName().asc().list().stream()
        .map(this::toProcedure).toList();
  }

  /** The latest cases the user filed, newest first, so that a case number is never lost. */
  public List<StartedCase> startedBy(StaffPrincipal user, int max) {
    return historyService.createHistoricProcessInstanceQuery().startedBy(user.userId())
        .orderByProcessInstanceStartTime().desc().listPage(0, max).stream()
        .map(p -> new StartedCase(p.getId(), p.getBusinessKey(),
            ModelLabels.procedure(p.getProcessDefinitionKey(), p.getProcessDefinitionName()), p.getStartTime(),
            p.getEndTime()))
        .toList();
  }

  public Optional<Procedure> startable(StaffPrincipal user, String key) {
    return startableBy(user).stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /** Starts the procedure as the user; the engine records them as initiator and checks CREATE_INSTANCE. */
  @Transactional
  public ProcessInstance start(StaffPrincipal user, String key, Map<String, Object> variables) {
    Procedure procedure = startable(user, key)
        .orElseThrow(() -> new ActionRefused("start.error.notAllowed"));
    String businessKey = businessKeys.next(procedure.definitionId(), key);
    try {
      ProcessInstance instance = engineIdentity.callAs(user,
          () -> runtimeService.startProcessInstanceById(procedure.definitionId(), businessKey, variables));
      trail.record(user.userId(), "CASE_STARTED", new CaseRef(instance.getId(), businessKey, null),
          procedure.name(), null, null);
      return instance;
    } catch (AuthorizationException e) {
      throw new ActionRefused("start.error.notAllowed");
    } catch (ProcessEngineException e) {
      // a procedure's glue may refuse a start with a message for the user
      throw WrappedCause.find(e, ActionRefused.class).orElseThrow(() -> e);
    }
  }


  private Procedure toProcedure(ProcessDefinition definition) {
    return new Procedure(definition.getKey(), definition.getId(), TaskListService.nameOf(definition),
        definition.getDescription(), definition.hasStartFormKey() || startFormRef(definition).isPresent());
  }

  private Optional<String> startFormRef(ProcessDefinition definition) {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    return model.getModelElementsByType(StartEvent.class).stream()
        .filter(e -> e.getParentElement() instanceof Process)
        .map(StartEvent::getCamundaFormRef).filter(ref -> ref != null && !ref.isBlank()).findFirst();
  }

  /** The deployed start form of the procedure's latest version, as Camunda Forms JSON. */
  public Optional<InputStream> startForm(Procedure procedure) {
    if (!procedure.hasStartForm()) {
      return Optional.empty();
    }
    return Optional.ofNullable(formService.getDeployedStartForm(procedure.definitionId()));
  }

}
