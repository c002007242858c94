package jp.mamori.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import jp.mamori.trail.AuditTrail;
import jp.mamori.web.Messages;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /engine-rest's half of the second factor (ADR 0025): while it is on, a user of a privileged role authenticated by
 * the password over HTTP Basic is refused with 401 and told to use a personal API token.
 */
class PrivilegedPasswordRefusal extends OncePerRequestFilter {

  private final SecondFactorSettings settings;
  private final AuditTrail trail;

  PrivilegedPasswordRefusal(SecondFactorSettings settings, AuditTrail trail) {
    this.settings = settings;
    this.trail = trail;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    if (login != null && login.getPrincipal() instanceof StaffPrincipal user && !Factors.has(login, Factors.API_TOKEN)
        && settings.requiredFor(user.groupIds())) {
      SecurityContextHolder.clearContext();
      trail.security(user.userId(), "LOGIN_REFUSED", "engine-rest: password of a privileged role");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Mamori\"");
      response.setContentType("application/json;charset=UTF-8");
      // Japanese unless the client asks for another language, as the other REST answers (docs/security.md)
      Locale locale = request.getHeader("Accept-Language") == null ? Locale.JAPANESE : request.getLocale();
      String message = Messages.text(locale, "apiToken.rest.passwordRefused");
      response.getWriter().write("{\"type\":\"SecondFactorRequired\",\"message\":\""
          + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
