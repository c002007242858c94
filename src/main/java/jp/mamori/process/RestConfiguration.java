package jp.mamori.process;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's REST resources, plus the app's answer to a refusal (four-eyes or any other rule's). */
@Configuration
class RestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(RestRefusal.FromEngine.class);
        register(RestRefusal.FromRestResource.class);
      }
    };
  }
}
