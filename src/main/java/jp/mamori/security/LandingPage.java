package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a login lands when no page was asked for before it: executives, who have no task work, on the dashboard;
 * everyone else on their task list. A page asked for before the login still wins.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

  LandingPage() {
    setDefaultTargetUrl(DashboardAccess.TASKS);
  }

  @Override
  protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) {
    return authentication.getPrincipal() instanceof StaffPrincipal user
        ? DashboardAccess.landingFor(user.groupIds()) : DashboardAccess.TASKS;
  }
}
