package jp.mamori.security;

import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link PatientDataReadFilter} and {@link CockpitContentSearchFilter} on /engine-rest and the webapps' API, inside Spring Security's chain (so the
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

  /** Cockpit's own search of cases by content (ADR 0062), where the user is known and the CSRF token checked. */
  @Bean
  FilterRegistrationBean<CockpitContentSearchFilter> cockpitContentSearchFilter(AuthorizationService authorizations,
      CurrentUser currentUser, RepositoryService repository, AuditTrail trail) {
    var registration = new FilterRegistrationBean<>(
        new CockpitContentSearchFilter(authorizations, currentUser, repository, trail));
    registration.addUrlPatterns("/camunda/api/cockpit/plugin/base/*");
    registration.setOrder(103);
    return registration;
  }
}
