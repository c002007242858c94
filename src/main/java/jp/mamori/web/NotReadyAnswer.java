package jp.mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A node that is not ready answers every request with 503, {@code Retry-After} and 「準備中です」 (ADR 0034): Tomcat
 * takes requests as soon as the context is up, but the start-up work after it — the roles' groups, the engine's
 * authorizations, the task list's indexes, the first administrator, the demo's users — is done only when Spring says
 * the application is ready. Until then a login could fail or a role find its group missing; and a load balancer whose
 * health check asks for the login page (docs/operations.md) sends nobody to the node before it is ready. The same
 * once the node is stopping: Spring then refuses traffic again, and the balancer moves on.
 *
 * <p>Only the stylesheet of the answer's page (a Faces resource) is served meanwhile.
 */
@Configuration
class NotReadyAnswer {

  static final DatabaseDownAnswer.Outage NOT_READY = new DatabaseDownAnswer.Outage("notReady", "NotReady", 5, true);
  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Bean
  FilterRegistrationBean<Guard> notReadyGuard(ApplicationAvailability availability) {
    var registration = new FilterRegistrationBean<>(new Guard(availability));
    registration.addUrlPatterns("/*");
    // before everything else, the database guard included (-110): nothing behind it is to run yet
    registration.setOrder(-120);
    return registration;
  }

  static final class Guard extends OncePerRequestFilter {

    private final ApplicationAvailability availability;

    Guard(ApplicationAvailability availability) {
      this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
          || request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
        chain.doFilter(request, response);
      } else {
        DatabaseDownAnswer.answer(request, response, NOT_READY);
      }
    }
  }
}
