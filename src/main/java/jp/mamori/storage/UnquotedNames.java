package jp.mamori.storage;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Table and column names are written unquoted, as the migrations created them. Spring Data JDBC quotes them by
 * default, and a quoted lower-case name is another table than the migrations' on H2, which folds unquoted names to
 * upper case.
 */
@Configuration(proxyBeanMethods = false)
class UnquotedNames {

  @Bean
  static BeanPostProcessor namesAsTheMigrationsWroteThem() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
          context.setForceQuote(false);
        }
        return bean;
      }
    };
  }
}
