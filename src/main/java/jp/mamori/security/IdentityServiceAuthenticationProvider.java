package jp.mamori.security;

import java.util.List;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service, so the app, the webapps and REST share one user store
 * (and the engine's lock-out after repeated failures). Authorities are {@code ROLE_<group id>}.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final StaffDirectory staff;

  IdentityServiceAuthenticationProvider(IdentityService identityService, StaffDirectory staff) {
    this.identityService = identityService;
    this.staff = staff;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    StaffMember member = staff.find(userId).orElseThrow(() -> new BadCredentialsException("Bad credentials"));
    return loginOf(member, Factors.roles(member.groupIds()));
  }

  /** The authentication of a staff member with these authorities (their roles, and any factor shown). */
  static Authentication loginOf(StaffMember member, List<GrantedAuthority> authorities) {
    StaffPrincipal principal = new StaffPrincipal(member.id(), member.displayName(), member.groupIds());
    return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
