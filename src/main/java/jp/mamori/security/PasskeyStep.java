package jp.mamori.security;

import java.util.Optional;
import jp.mamori.trail.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The passkey step after the password (ADR 0025). Spring Security's {@link WebAuthnAuthenticationFilter} reads the
 * browser's assertion at {@code POST /login/webauthn} and its relying party checks the signature; this provider
 * then accepts the passkey only as the second factor of the password login already in the session, for the same
 * user, and keeps that login with {@link Factors#PASSKEY} added. A passkey alone logs nobody in.
 */
final class PasskeyStep implements AuthenticationProvider {

  private final WebAuthnRelyingPartyOperations relyingParty;
  private final AuditTrail trail;

  private PasskeyStep(WebAuthnRelyingPartyOperations relyingParty, AuditTrail trail) {
    this.relyingParty = relyingParty;
    this.trail = trail;
  }

  /** The filter of the step, placed in front of Spring Security's own passwordless one on the same URL. */
  static WebAuthnAuthenticationFilter filter(WebAuthnRelyingPartyOperations relyingParty, AuditTrail trail) {
    WebAuthnAuthenticationFilter filter = new WebAuthnAuthenticationFilter();
    filter.setAuthenticationManager(new ProviderManager(new PasskeyStep(relyingParty, trail)));
    filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
    return filter;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    Optional<StaffPrincipal> user = login != null && login.getPrincipal() instanceof StaffPrincipal p
        ? Optional.of(p) : Optional.empty();
    if (user.isEmpty()) {
      throw new InsufficientAuthenticationException("the passkey is a second factor: log in with the password first");
    }
    var request = ((WebAuthnAuthenticationRequestToken) authentication).getWebAuthnRequest();
    PublicKeyCredentialUserEntity owner;
    try {
      owner = relyingParty.authenticate(request);
    } catch (AuthenticationException e) {
      throw failed(user.get(), e);
    } catch (RuntimeException e) {
      // an unknown credential, a bad signature, a wrong origin or challenge
      throw failed(user.get(), new BadCredentialsException("passkey not accepted", e));
    }
    if (owner == null || !user.get().userId().equals(owner.getName())) {
      throw failed(user.get(), new BadCredentialsException("the passkey belongs to another user"));
    }
    trail.security(user.get().userId(), "SECOND_FACTOR", "passkey");
    return UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
        Factors.with(login.getAuthorities(), Factors.PASSKEY));
  }

  private AuthenticationException failed(StaffPrincipal user, AuthenticationException e) {
    trail.security(user.userId(), "SECOND_FACTOR_FAILED", e.getMessage());
    return e;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
  }
}
