package jp.mamori.modeling;

import jp.mamori.security.CurrentUser;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DeploymentGateConfiguration {

  /**
   * After Spring Security (order -100), which authenticates the caller and hands them to the engine, and before
   * the REST servlet.
   */
  @Bean
  FilterRegistrationBean<DeploymentGateFilter> deploymentGateFilter(DeploymentGate gate, CurrentUser currentUser,
      IdentityService identityService, AuthorizationService authorizationService,
      RepositoryService repositoryService, GateRefusal refusal) {
    var registration = new FilterRegistrationBean<>(new DeploymentGateFilter(gate, currentUser, identityService,
        authorizationService, repositoryService, refusal));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(0);
    return registration;
  }
}
