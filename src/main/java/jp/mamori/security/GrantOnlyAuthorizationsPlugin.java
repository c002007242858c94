package jp.mamori.security;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.process.EngineLists;
import jp.mamori.process.EngineSessions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Grants only, so that the engine's authorization checks cost one query instead of three (ADR 0036, issue 18).
 *
 * <p>Before every authorized command the engine asked the database which of the user's roles hold any
 * authorization at all ({@code selectAuthorizedGroupIds}, only to shorten the {@code GROUP_ID_ in (…)} list of the
 * check that follows) and whether a revoke applies to them ({@code selectRevokeAuthorization}): two queries per
 * command, about 20 per case. Mamori grants and never revokes ({@link EngineAuthorizations}, docs/security.md):
 *
 * <ul>
 *   <li>the user's roles go into the check as they are: a role without authorizations matches no row, so the
 *       answer is the same without the first query;</li>
 *   <li>a revoke authorization is refused when it is saved (REST, Camunda Admin), and when none exists at start the
 *       engine skips the revoke check ({@code authorizationCheckRevokes=never}); an installation that already holds
 *       revokes keeps the engine's check (and a warning in the log) until they are deleted and the app restarted;</li>
 *   <li>while no revoke applies, the check before a command is one short query ({@link GrantedChecks}, ADR 0050)
 *       instead of the engine's, which is layered for revokes.</li>
 * </ul>
 *
 * <p>{@code mamori.security.grant-only-authorizations: false} leaves the engine as it comes (revokes allowed and
 * checked), for an installation that needs revokes.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
@ConditionalOnProperty(name = "mamori.security.grant-only-authorizations", matchIfMissing = true)
class GrantOnlyAuthorizationsPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(GrantOnlyAuthorizationsPlugin.class);

  private ProcessEngineConfigurationImpl configuration;
  private GrantedChecks checks;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setCustomSessionFactories(EngineLists.plus(configuration.getCustomSessionFactories(),
        EngineSessions.of(AuthorizationManager.class, () -> new GrantOnlyAuthorizationManager(checks))));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    checks = new GrantedChecks(configuration.getDatabaseTablePrefix(), configuration.getDatabaseType());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    long revokes = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    if (revokes == 0) {
      configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    } else {
      LOG.warn("{} revoke authorizations exist: the engine keeps checking for revokes on every command; Mamori "
          + "grants only (docs/security.md), delete them and restart to save the check", revokes);
    }
  }

  /** The engine's authorization manager, with grants only. */
  static class GrantOnlyAuthorizationManager extends AuthorizationManager {

    private final GrantedChecks checks;

    GrantOnlyAuthorizationManager(GrantedChecks checks) {
      this.checks = checks;
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
      if (!isAuthorizationEnabled()) {
        return true;
      }
      return isAuthorized(userId, groupIds, createCompositePermissionCheck(check));
    }

    /** One short query instead of the engine's layered one, while nothing is revoked ({@link GrantedChecks}). */
    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
      if (!GrantedChecks.answers(check)
          || !check.getAtomicChecks().stream().allMatch(this::isResourceValidForPermission)
          || isRevokeAuthCheckEnabled(userId, groupIds)) {
        return super.isAuthorized(userId, groupIds, check); // the engine's answer, or its refusal of the check
      }
      return checks.granted(getDbSqlSession().getSqlSession().getConnection(), userId,
          filterAuthenticatedGroupIds(groupIds), check);
    }

    /** The engine's own query, for comparing the answers (GrantedChecksTest). */
    boolean engineAnswer(String userId, List<String> groupIds, CompositePermissionCheck check) {
      return super.isAuthorized(userId, groupIds, check);
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }

    @Override
    public void validateResourceCompatibility(AuthorizationEntity authorization) {
      if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        throw new BadUserRequestException("Mamori grants rights and never revokes them: remove the grant instead "
            + "(docs/security.md)");
      }
      super.validateResourceCompatibility(authorization);
    }
  }
}
