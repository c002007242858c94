package jp.mamori.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link PatientDataReadFilter} on /engine-rest and the webapps' API, inside Spring Security's chain (so the
 * user is known) and after the webapps' single sign-on and CSRF guard.
 */
@Configuration
class PatientDataReadRegistration {

  @Bean
  FilterRegistrationBean<PatientDataReadFilter> patientDataReadFilter(PatientDataReads reads) {
    var registration = new FilterRegistrationBean<>(new PatientDataReadFilter(reads));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(103);
    return registration;
  }
}
