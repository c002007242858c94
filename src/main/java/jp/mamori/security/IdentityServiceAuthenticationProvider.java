package jp.mamori.security;

import java.util.List;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks passwords against Camunda's identity service, so the app, the webapps and REST share one user store.
 * Failed logins are throttled by account and by address ({@link LoginThrottle}, ADR 0026) instead of the engine's
 * permanent lock-out: while locked, a login is refused without looking at the password, with the same answer as a
 * wrong password or an unknown user. Authorities are {@code ROLE_<group id>}.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final StaffDirectory staff;
  private final LoginThrottle throttle;
  private final LoginLocks.LockNotice lockNotice;
  private final TransactionTemplate oneTransaction;

  IdentityServiceAuthenticationProvider(IdentityService identityService, StaffDirectory staff, LoginThrottle throttle,
      LoginLocks.LockNotice lockNotice, PlatformTransactionManager transactions) {
    this.identityService = identityService;
    this.staff = staff;
    this.throttle = throttle;
    this.lockNotice = lockNotice;
    this.oneTransaction = new TransactionTemplate(transactions);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    String address = authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : null;
    if (throttle.lockedUntil(userId, address).isPresent()) {
      // the same page and message as a wrong password; the trail says LockedException
      throw new LockedException("Bad credentials");
    }
    StaffMember member = memberWithPassword(userId, credentials.toString());
    if (member == null) {
      LoginThrottle.Locks locks = throttle.failed(userId, address);
      lockNotice.locked(userId, address, locks);
      throw new BadCredentialsException("Bad credentials");
    }
    return loginOf(member, Factors.roles(member.groupIds()));
  }

  /**
   * The staff member when the password is theirs, else null. The password check, the user and their roles run in one
   * transaction: HTTP Basic authenticates every REST call, and as three engine commands of their own these were three
   * transactions per call (docs/benchmarks.md, "Per case").
   */
  private StaffMember memberWithPassword(String userId, String password) {
    return oneTransaction.execute(status -> {
      if (!identityService.checkPassword(userId, password)) {
        return null;
      }
      // the right password forgets the account's failures, in the same transaction (no commit of its own)
      throttle.succeeded(userId);
      return staff.find(userId).orElse(null);
    });
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
