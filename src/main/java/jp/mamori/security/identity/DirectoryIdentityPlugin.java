package jp.mamori.security.identity;

import jp.mamori.process.EngineSessions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code mamori.directory.enabled=true}, the engine reads users and roles from the hospital's directory and
 * checks passwords there (ADR 0024). The engine's identity provider interface is its one extension point for this,
 * so this package uses {@code org.camunda.bpm.engine.impl} types (an exception to ADR 0001, like the deployment
 * gate). Spring Security's login and /engine-rest's Basic authentication ask the engine
 * ({@code IdentityService.checkPassword}), so they authenticate against the directory too.
 */
@Component
@ConditionalOnProperty(name = "mamori.directory.enabled", havingValue = "true")
public class DirectoryIdentityPlugin extends AbstractProcessEnginePlugin {

  private final DirectorySettings settings;

  public DirectoryIdentityPlugin(DirectorySettings settings) {
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    StaffLdap ldap = new StaffLdap(settings);
    RoleMapping roles = new RoleMapping(settings.getRoles());
    // read-only: the engine registers no writable provider, and IdentityService.isReadOnly() is true
    configuration.setIdentityProviderSessionFactory(EngineSessions.of(ReadOnlyIdentityProvider.class,
        () -> new DirectoryIdentityProvider(ldap, roles)));
  }
}
