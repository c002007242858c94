package jp.mamori.security;

import java.util.Set;
import jp.mamori.process.PersonsCommandRule;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.springframework.stereotype.Component;

/**
 * The rights to act on cases are the application's to give (ADR 0066): a role's from {@link RoleRights} (code), a
 * task's people from its model (candidate groups, the engine's own grants), the starters from the model. A system
 * administrator manages authorizations in Camunda Admin and over {@code /authorization}; tried on 2026-12-04, she
 * granted herself the work on every task and claimed the supervising manager's review of a filing. A person's grant
 * (or global authorization) of anything but reading on what cases are made of — procedures, cases, tasks,
 * deployments, decisions, batches, their history and the engine's operation log — is refused on every channel.
 * Reading stays grantable (need to know keeps the content of patient data out, {@link ContentGrantsPlugin}); so does
 * everything else Admin manages: applications, users, groups, memberships, filters, tenants, the system.
 */
@Component
class CaseRightsGrantsPlugin extends AbstractProcessEnginePlugin {

  static final String REFUSED = "security.error.caseGrant";

  /** What cases are made of: acting on any of it is a procedure's step or a role's right, never a hand-made grant. */
  private static final Set<Resources> CASE_RESOURCES = Set.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE,
      Resources.TASK, Resources.DEPLOYMENT, Resources.DECISION_DEFINITION,
      Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.BATCH, Resources.HISTORIC_TASK,
      Resources.HISTORIC_PROCESS_INSTANCE, Resources.OPERATION_LOG_CATEGORY);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PersonsCommandRule.install(configuration, new GrantCheck(configuration));
  }

  private static final class GrantCheck extends PersonsCommandRule {

    GrantCheck(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected <T> T asked(Authentication person, Command<T> command) {
      if (SavedGrant.of(command).filter(GrantCheck::grantsActing).isPresent()) {
        throw new ActionRefused(REFUSED);
      }
      return next.execute(command);
    }

    private static boolean grantsActing(AuthorizationEntity grant) {
      if (CASE_RESOURCES.stream().noneMatch(r -> r.resourceType() == grant.getResourceType())) {
        return false;
      }
      for (Permission permission : ResourceTypeUtil.getPermissionsByResourceType(grant.getResourceType())) {
        // each resource's permissions have their own NONE (0) and ALL; only the single rights count
        boolean single = permission.getValue() != Permissions.NONE.getValue()
            && permission.getValue() != Permissions.ALL.getValue();
        if (single && !permission.getName().startsWith("READ") && grant.isPermissionGranted(permission)) {
          return true;
        }
      }
      return false;
    }
  }
}
