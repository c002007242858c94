package jp.mamori.modeling;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DeploymentGateConfiguration {

  /**
   * After Spring Security (order -100), which authenticates the caller, and before the REST servlets: the engine's
   * REST API and the same API behind Cockpit.
   */
  @Bean
  FilterRegistrationBean<DeploymentGateFilter> deploymentGateFilter(GateRefusal refusal) {
    var registration = new FilterRegistrationBean<>(new DeploymentGateFilter(refusal));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(0);
    return registration;
  }

  /** The gate's 400 with itemized problems on {@code /engine-rest}. */
  @Bean
  ResourceConfigCustomizer deploymentGateRestRefusal() {
    return config -> config.register(DeploymentGateRestRefusal.class);
  }
}
