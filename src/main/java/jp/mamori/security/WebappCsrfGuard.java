package jp.mamori.security;

import static org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN;
import static org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants.CSRF_TOKEN_HEADER_NAME;
import static org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED;
import static org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the webapps' CSRF token (X-XSRF-TOKEN) before Camunda's own CsrfPreventionFilter does, with the same rule,
 * and refuses a request without it with 403 — but leaves the session alone. Camunda's filter invalidates the
 * session on a missing token; here the session is the app's too (one login, ADR 0002), so any page that made a
 * browser send a bare POST to /camunda/api would have logged the user out of everything.
 */
class WebappCsrfGuard extends OncePerRequestFilter {

  private final Set<String> entryPoints;

  /** @param entryPoints paths Camunda's filter lets through without a token (camunda.bpm.webapp.csrf.entry-points) */
  WebappCsrfGuard(Set<String> entryPoints) {
    this.entryPoints = Set.copyOf(entryPoints);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (needsToken(request) && !carriesSessionToken(request)) {
      response.setHeader(CSRF_TOKEN_HEADER_NAME, CSRF_TOKEN_HEADER_REQUIRED);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean needsToken(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return !CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()
        && !entryPoints.contains(path);
  }

  private static boolean carriesSessionToken(HttpServletRequest request) {
    String sent = request.getHeader(CSRF_TOKEN_HEADER_NAME);
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_SESSION_ATTR_NAME);
    return sent != null && !sent.isBlank() && expected instanceof String token && !token.isBlank()
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
