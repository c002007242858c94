package jp.mamori.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.Set;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations for each role, so that REST, Cockpit, Tasklist and Admin enforce the same rights
 * as the app (docs/adr/0002-one-login.md, docs/security.md): {@link RoleRights} for what a role does whatever the
 * procedure, {@link ModelGrants} for what the deployed models declare. Grants are added when missing and never
 * removed, so that an administrator may tighten or widen them in Camunda Admin — except once, when the rights
 * themselves are redefined ({@link #REVISION}): then the roles' authorizations are replaced by the new ones.
 */
@Component
@Order(15)
public class EngineAuthorizations implements ApplicationRunner {

  /**
   * Raised whenever {@link RoleRights} or a model takes a right away, so that installations lose it too. 3: the
   * complaint procedure became need-to-know (ADR 0039), so the monitors' variable grants on it must go.
   */
  static final String REVISION = "3";
  static final String REVISION_PROPERTY = "mamori.authorizations.revision";

  private static final Logger LOG = LoggerFactory.getLogger(EngineAuthorizations.class);

  private final AuthorizationService authorizations;
  private final RepositoryService repository;
  private final ManagementService management;

  EngineAuthorizations(AuthorizationService authorizations, RepositoryService repository,
      ManagementService management) {
    this.authorizations = authorizations;
    this.repository = repository;
    this.management = management;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!REVISION.equals(management.getProperties().get(REVISION_PROPERTY))) {
      removeRoleGrants();
      management.setProperty(REVISION_PROPERTY, REVISION);
    }
    grantStartersOfDeployedProcesses();
  }

  /**
   * The roles' own rights and what the latest version of every procedure declares (its starters, who reads its
   * variables), written together: a role's grant on a resource is one authorization.
   */
  public void grantStartersOfDeployedProcesses() {
    ModelGrants.addTo(RoleRights.all(), repository).forEach(this::createIfMissing);
  }

  /** The roles' own group grants (not those of one task or case, which carry that task's or case's id). */
  private void removeRoleGrants() {
    String[] groups = Arrays.stream(Role.values()).map(Role::groupId).toArray(String[]::new);
    for (Authorization authorization : authorizations.createAuthorizationQuery().groupIdIn(groups).list()) {
      if (Authorization.ANY.equals(authorization.getResourceId())
          || repository.createProcessDefinitionQuery().processDefinitionKey(authorization.getResourceId())
          .count() > 0) {
        authorizations.deleteAuthorization(authorization.getId());
      }
    }
    LOG.info("Roles' engine authorizations replaced by revision {} (docs/security.md)", REVISION);
  }

  private void createIfMissing(Grants.Key key, Set<Permission> permissions) {
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
}
