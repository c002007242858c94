package jp.mamori.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.mamori.organization.Role;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * The versions of each procedure for its process owners: who deployed each one and when (from the engine's user
 * operation log), how many cases run on it, and its diagram.
 */
@Service
public class ProcessVersions {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final HistoryService history;

  ProcessVersions(RepositoryService repository, RuntimeService runtime, HistoryService history) {
    this.repository = repository;
    this.runtime = runtime;
    this.history = history;
  }

  /** Process owners manage the models: each role only its own rights (docs/security.md). */
  public static boolean mayManage(StaffPrincipal user) {
    return user != null && user.groupIds().contains(Role.PROCESS_OWNER.groupId());
  }

  static void requireManager(StaffPrincipal user) {
    if (!mayManage(user)) {
      throw new ActionRefused("versions.error.notAllowed");
    }
  }

  public List<ProcedureSummary> procedures(StaffPrincipal user) {
    requireManager(user);
    return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
        .stream()
        .map(d -> new ProcedureSummary(d.getKey(), name(d), d.getVersion(),
            repository.createProcessDefinitionQuery().processDefinitionKey(d.getKey()).count(),
            runtime.createProcessInstanceQuery().processDefinitionKey(d.getKey()).count()))
        .toList();
  }

  /** Newest first. */
  public List<ProcessVersion> versions(StaffPrincipal user, String key) {
    requireManager(user);
    return repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .orderByProcessDefinitionVersion().desc().list().stream().map(this::version).toList();
  }

  public Optional<ProcessVersion> version(StaffPrincipal user, String definitionId) {
    requireManager(user);
    return definition(definitionId).map(this::version);
  }

  /** The BPMN XML the browser draws with bpmn-js. */
  public String diagramXml(StaffPrincipal user, String definitionId) {
    requireManager(user);
    try (InputStream xml = repository.getProcessModel(definitionId)) {
      return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How many cases wait in each activity of a version, as "activityId=count;..." for the diagram's badges (the
   * same public history API Cockpit's counts come from).
   */
  public String waitingCounts(StaffPrincipal user, String definitionId) {
    requireManager(user);
    Map<String, Long> counts = new TreeMap<>();
    history.createHistoricActivityInstanceQuery().processDefinitionId(definitionId).unfinished().list().stream()
        .filter(a -> !"processDefinition".equals(a.getActivityType()) && a.getActivityId() != null
            && !a.getActivityId().contains("#"))
        .forEach(a -> counts.merge(a.getActivityId(), 1L, Long::sum));
    StringBuilder text = new StringBuilder();
    counts.forEach((activity, count) -> text.append(activity).append('=').append(count).append(';'));
    return text.toString();
  }

  Optional<ProcessDefinition> definition(String definitionId) {
    if (definitionId == null || definitionId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
  }

  private ProcessVersion version(ProcessDefinition d) {
    Deployment deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
    return new ProcessVersion(d.getId(), d.getKey(), name(d), d.getVersion(), d.getDeploymentId(),
        deployment == null ? null : deployment.getName(), deployment == null ? null : deployment.getSource(),
        deployment == null ? null : deployment.getDeploymentTime(), deployedBy(d.getDeploymentId()),
        runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count());
  }

  /** The engine logs a deployment with its user when someone was logged in: REST, never the start-up deployment. */
  private String deployedBy(String deploymentId) {
    return history.createUserOperationLogQuery().deploymentId(deploymentId).entityType(EntityTypes.DEPLOYMENT)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(u -> u != null).findFirst().orElse(null);
  }

  private static String name(ProcessDefinition d) {
    return d.getName() == null ? d.getKey() : d.getName();
  }
}
