package jp.mamori.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import jp.mamori.organization.StaffDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /engine-rest with a personal API token (ADR 0025): {@code Authorization: Bearer <token>}, or HTTP Basic with the
 * user's id and the token as the password (for clients that only speak Basic). A token authenticates its owner
 * with {@link Factors#API_TOKEN}; an unknown or revoked one, or a token of another user, is 401. Anything else goes
 * on to HTTP Basic with the password.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";
  private static final String BASIC = "Basic ";

  private final ApiTokens tokens;
  private final StaffDirectory staff;

  ApiTokenFilter(ApiTokens tokens, StaffDirectory staff) {
    this.tokens = tokens;
    this.staff = staff;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    Optional<Presented> presented = presented(header);
    if (presented.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Authentication> login = tokens.owner(presented.get().token())
        .filter(owner -> presented.get().user() == null || presented.get().user().equals(owner))
        .flatMap(staff::find)
        .map(m -> IdentityServiceAuthenticationProvider.loginOf(m,
            Factors.with(Factors.roles(m.groupIds()), Factors.API_TOKEN)));
    if (login.isEmpty()) {
      SecurityContextHolder.clearContext();
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Mamori\", error=\"invalid_token\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(login.get());
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }

  /** The token of the header, with the Basic user name when it came as a Basic password. */
  private record Presented(String user, String token) {}

  private static Optional<Presented> presented(String header) {
    if (header == null) {
      return Optional.empty();
    }
    if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.of(new Presented(null, header.substring(BEARER.length()).trim()));
    }
    if (header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
            StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon > 0 && decoded.startsWith(ApiTokens.PREFIX, colon + 1)) {
        return Optional.of(new Presented(decoded.substring(0, colon), decoded.substring(colon + 1)));
      }
    }
    return Optional.empty();
  }
}
