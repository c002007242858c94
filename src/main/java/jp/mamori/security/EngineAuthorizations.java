package jp.mamori.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations for each role, so that REST, Cockpit, Tasklist and Admin enforce the same rights
 * as the app (docs/adr/0002-one-login.md). Grants are added when missing and never removed: an administrator may
 * tighten or widen them in Camunda Admin.
 *
 * <p>Who may start a procedure is declared in the model ({@code camunda:candidateStarterGroups}); this class turns
 * that declaration into CREATE_INSTANCE grants so that REST obeys the model too.
 */
@Component
@Order(15)
public class EngineAuthorizations implements ApplicationRunner {

  private static final List<Role> COCKPIT_READERS =
      List.of(Role.TOTAL_MANAGER, Role.SUPERVISING_MANAGER, Role.EXECUTIVE, Role.PROCESS_OWNER);

  private final AuthorizationService authorizations;
  private final RepositoryService repository;

  EngineAuthorizations(AuthorizationService authorizations, RepositoryService repository) {
    this.authorizations = authorizations;
    this.repository = repository;
  }

  @Override
  public void run(ApplicationArguments args) {
    Grants grants = new Grants();
    for (Role role : Role.values()) {
      if (role.isStaffRole()) {
        grants.add(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.add(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grants.add(role, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
      }
    }
    COCKPIT_READERS.forEach(role -> readOnlyMonitoring(grants, role));
    modelling(grants, Role.PROCESS_OWNER);
    everything(grants, Role.SYSTEM_ADMIN);
    grants.forEach(this::createIfMissing);
    grantStartersOfDeployedProcesses();
  }

  /** Re-reads {@code candidateStarterGroups} of the latest version of every procedure. */
  public void grantStartersOfDeployedProcesses() {
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (IdentityLink link : repository.getIdentityLinksForProcessDefinition(definition.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          createIfMissing(new GrantKey(link.getGroupId(), Resources.PROCESS_DEFINITION, definition.getKey()),
              Set.of(ProcessDefinitionPermissions.CREATE_INSTANCE));
        }
      }
    }
  }

  private static void readOnlyMonitoring(Grants grants, Role role) {
    grants.add(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.add(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grants.add(role, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.add(role, Resources.TASK, ANY, TaskPermissions.READ);
    grants.add(role, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.add(role, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.add(role, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.add(role, Resources.BATCH, ANY, Permissions.READ, Permissions.READ_HISTORY);
  }

  private static void modelling(Grants grants, Role role) {
    grants.add(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE,
        Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.BATCH,
        Resources.TASK)) {
      grants.add(role, resource, ANY, Permissions.ALL);
    }
  }

  private static void everything(Grants grants, Role role) {
    for (Resources resource : Resources.values()) {
      grants.add(role, resource, ANY, Permissions.ALL);
    }
  }

  private void createIfMissing(GrantKey key, Set<Permission> permissions) {
    boolean exists = authorizations.createAuthorizationQuery().groupIdIn(key.groupId())
        .resourceType(key.resource()).resourceId(key.resourceId()).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(key.groupId());
    authorization.setResource(key.resource());
    authorization.setResourceId(key.resourceId());
    permissions.forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
  }

  private record GrantKey(String groupId, Resource resource, String resourceId) {}

  /** Collects permissions first, so that a role named by two rules gets one authorization with both. */
  private static final class Grants {
    private final Map<GrantKey, Set<Permission>> byKey = new LinkedHashMap<>();

    void add(Role role, Resource resource, String resourceId, Permission... permissions) {
      byKey.computeIfAbsent(new GrantKey(role.groupId(), resource, resourceId), k -> new LinkedHashSet<>())
          .addAll(List.of(permissions));
    }

    void forEach(BiConsumer<GrantKey, Set<Permission>> action) {
      byKey.forEach(action);
    }
  }
}
