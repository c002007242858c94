package jp.mamori.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The app's half of the second factor (ADR 0025): a user of a privileged role who logged in with the password only
 * reaches nothing but the passkey step — or, without a passkey yet, the enrolment page — until the passkey step is
 * done. Runs after the login is known and before the URL rules, for the app and the Camunda webapps alike.
 */
class SecondFactorGate extends OncePerRequestFilter {

  static final String STEP_PAGE = "/second-factor.xhtml";
  static final String ENROL_PAGE = "/passkeys.xhtml";

  /** Reachable while the step is pending, whatever the user has. */
  private static final List<String> ALWAYS = List.of(STEP_PAGE, SecurityConfiguration.LOGIN_PAGE,
      "/jakarta.faces.resource/", "/webauthn/authenticate/options", "/error", "/favicon.ico", "/logout");
  /** Reachable while the step is pending only for a user without a passkey: the enrolment. */
  private static final List<String> ENROLMENT = List.of(ENROL_PAGE, "/webauthn/register");

  private final SecondFactorSettings settings;
  private final Passkeys passkeys;
  private final RequestCache requestCache = new HttpSessionRequestCache();

  SecondFactorGate(SecondFactorSettings settings, Passkeys passkeys) {
    this.settings = settings;
    this.passkeys = passkeys;
  }

  /** Whether this login still owes the passkey step. */
  static boolean pending(Authentication login, SecondFactorSettings settings) {
    return login != null && login.getPrincipal() instanceof StaffPrincipal user
        && settings.requiredFor(user.groupIds()) && !Factors.has(login, Factors.PASSKEY);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    if (!pending(login, settings)) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean enrolled = passkeys.has(login.getName());
    if (startsWithAny(path, ALWAYS) || (!enrolled && startsWithAny(path, ENROLMENT))) {
      chain.doFilter(request, response);
      return;
    }
    String target = request.getContextPath() + (enrolled ? STEP_PAGE : ENROL_PAGE);
    if (path.startsWith("/camunda/api/") || path.startsWith("/webauthn/")) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    } else if (FacesAjaxLoginEntryPoint.isFacesAjax(request)) {
      response.setContentType("text/xml;charset=UTF-8");
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
          + target + "\"/></partial-response>");
    } else {
      if ("GET".equals(request.getMethod())) {
        requestCache.saveRequest(request, response);
      }
      response.sendRedirect(target);
    }
  }

  private static boolean startsWithAny(String path, List<String> prefixes) {
    return prefixes.stream().anyMatch(path::startsWith);
  }
}
