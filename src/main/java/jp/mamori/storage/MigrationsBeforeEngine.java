package jp.mamori.storage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On a new database the app's migrations run before the engine creates its tables: Flyway refuses to start on a
 * schema that already holds tables but no migration history. Under JPA the engine waited for Flyway by way of the
 * entity manager it was given; without JPA the order is stated here.
 */
@Configuration(proxyBeanMethods = false)
class MigrationsBeforeEngine {

  @Bean
  static EngineAfterFlyway engineAfterFlyway() {
    return new EngineAfterFlyway();
  }

  static final class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {
    EngineAfterFlyway() {
      super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
    }
  }
}
