package jp.mamori.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/** For /engine-rest: hands the user Spring Security authenticated to the engine, so its authorizations apply. */
class RestEngineIdentityFilter extends OncePerRequestFilter {

  private final CurrentUser currentUser;
  private final EngineIdentity engineIdentity;

  RestEngineIdentityFilter(CurrentUser currentUser, EngineIdentity engineIdentity) {
    this.currentUser = currentUser;
    this.engineIdentity = engineIdentity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<StaffPrincipal> user = currentUser.principal();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    try (EngineIdentity.Scope ignored = engineIdentity.as(user.get())) {
      chain.doFilter(request, response);
    }
  }
}
