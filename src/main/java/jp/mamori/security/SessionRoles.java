package jp.mamori.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A logged-in session's roles are read again when they are older than {@code mamori.security.session-roles}
 * (default 30 s, as the REST login cache of ADR 0036): a withdrawn designation, a role removed in Camunda Admin or in
 * the staff directory counts in an open session within that time, on every node (the session is in the database),
 * instead of at the next login. A role added counts the same way. A user removed since is logged out. The factors
 * shown at login (the passkey) stay; only the roles change. One membership query per session and period.
 */
class SessionRoles extends OncePerRequestFilter {

  static final String READ_AT = SessionRoles.class.getName() + ".readAt";

  private final StaffDirectory staff;
  private final Clock clock;
  private final Duration maxAge;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SessionRoles(StaffDirectory staff, Clock clock, Duration maxAge) {
    this.staff = staff;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (session != null && login != null && login.getPrincipal() instanceof StaffPrincipal user) {
      long now = clock.millis();
      Object readAt = session.getAttribute(READ_AT);
      if (!(readAt instanceof Long at)) {
        // the first request of a login: the roles were read by the login itself
        session.setAttribute(READ_AT, now);
      } else if (now - at >= maxAge.toMillis()) {
        session.setAttribute(READ_AT, now);
        Optional<StaffMember> member = staff.find(user.userId());
        if (member.isEmpty()) {
          SecurityContextHolder.clearContext();
          session.invalidate();
        } else if (!new HashSet<>(member.get().groupIds()).equals(new HashSet<>(user.groupIds()))) {
          replace(login, member.get(), request, response);
        }
      }
    }
    chain.doFilter(request, response);
  }

  private void replace(Authentication login, StaffMember member, HttpServletRequest request,
      HttpServletResponse response) {
    List<GrantedAuthority> authorities = new ArrayList<>(Factors.roles(member.groupIds()));
    authorities.addAll(Factors.of(login));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(IdentityServiceAuthenticationProvider.loginOf(member, authorities));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }
}
