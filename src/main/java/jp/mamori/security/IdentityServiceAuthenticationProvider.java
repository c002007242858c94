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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks passwords against Camunda's identity service, so the app, the webapps and REST share one user store
 * (and the engine's lock-out after repeated failures). Authorities are {@code ROLE_<group id>}.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final StaffDirectory staff;
  private final TransactionTemplate oneTransaction;

  IdentityServiceAuthenticationProvider(IdentityService identityService, StaffDirectory staff,
      PlatformTransactionManager transactions) {
    this.identityService = identityService;
    this.staff = staff;
    this.oneTransaction = new TransactionTemplate(transactions);
  }

  /**
   * The password check, the user and their roles in one transaction: HTTP Basic authenticates every REST call, and
   * as three engine commands of their own these were three transactions per call (docs/benchmarks.md, "Per case").
   */
  @Override
  public Authentication authenticate(Authentication authentication) {
    // a refusal commits too: the engine counts the failed attempt towards the lock-out
    Authentication checked = oneTransaction.execute(status -> check(authentication));
    if (checked == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    return checked;
  }

  /** The authenticated user, or null for a refusal. */
  private Authentication check(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      return null;
    }
    StaffMember member = staff.find(userId).orElse(null);
    if (member == null) {
      return null;
    }
    List<GrantedAuthority> authorities = member.groupIds().stream()
        .<GrantedAuthority>map(g -> new SimpleGrantedAuthority("ROLE_" + g))
        .toList();
    StaffPrincipal principal = new StaffPrincipal(member.id(), member.displayName(), member.groupIds());
    return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
