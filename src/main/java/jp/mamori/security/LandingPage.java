package jp.mamori.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a login lands when no page was asked for before it: executives, who have no task work, on the dashboard;
 * everyone else on their task list. A page asked for before the login still wins. The user's language is settled
 * first ({@link UserLanguage}).
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

  private final UserLanguage userLanguage;

  LandingPage(UserLanguage userLanguage) {
    this.userLanguage = userLanguage;
    setDefaultTargetUrl(DashboardAccess.TASKS);
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws ServletException, IOException {
    userLanguage.atLogin(request, authentication.getName());
    super.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) {
    return authentication.getPrincipal() instanceof StaffPrincipal user
        ? DashboardAccess.landingFor(user.groupIds()) : DashboardAccess.TASKS;
  }
}
