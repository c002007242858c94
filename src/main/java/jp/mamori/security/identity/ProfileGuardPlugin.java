package jp.mamori.security.identity;

import jp.mamori.process.EngineSessions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Without the directory, the engine keeps its own users behind {@link ProfileGuardingIdentityProvider}: the same
 * tables and rules, and only a system administrator changes names (ADR 0024). An engine plugin, so REST, the
 * webapps and the Java API meet the same rule.
 */
@Component
@ConditionalOnProperty(name = "mamori.directory.enabled", havingValue = "false", matchIfMissing = true)
class ProfileGuardPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ProfileTrail> trail;

  ProfileGuardPlugin(ObjectProvider<ProfileTrail> trail) {
    this.trail = trail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // a WritableIdentityProvider: the engine registers it as both the read-only and the writable provider
    configuration.setIdentityProviderSessionFactory(EngineSessions.of(ProfileGuardingIdentityProvider.class,
        () -> new ProfileGuardingIdentityProvider(trail.getObject())));
  }
}
