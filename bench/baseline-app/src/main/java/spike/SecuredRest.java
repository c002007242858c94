package spike;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Raw Camunda with Camunda's own security on (profile "secured", docs/benchmarks.md): authorization checks in the
 * engine and HTTP Basic on every REST call, with three users of three groups and grants only for what the approval
 * needs. Measures what the engine's security costs a case apart from anything an application adds.
 */
@Configuration
@Profile("secured")
public class SecuredRest {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restLogin() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  ApplicationRunner usersAndGrants(IdentityService identity, AuthorizationService authorizations) {
    return args -> {
      if (identity.createUserQuery().userId("nurse").count() > 0) {
        return;
      }
      member(identity, "nurse", "handler");
      member(identity, "privacy-lead", "supervising-manager");
      member(identity, "director", "total-manager");
      for (String group : List.of("handler", "supervising-manager", "total-manager")) {
        grant(authorizations, group, Resources.PROCESS_DEFINITION, "baselineApproval",
            Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
    };
  }

  private static void member(IdentityService identity, String userId, String groupId) {
    User user = identity.newUser(userId);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.saveGroup(identity.newGroup(groupId));
    identity.createMembership(userId, groupId);
  }

  private static void grant(AuthorizationService authorizations, String group, Resource resource, String id,
      Permission... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
