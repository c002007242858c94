package jp.mamori.process;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's REST resources, plus the app's answer to a four-eyes refusal. */
@Configuration
class RestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(FourEyesRestRefusal.FromEngine.class);
        register(FourEyesRestRefusal.FromRestResource.class);
      }
    };
  }
}
