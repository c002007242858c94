package jp.mamori.security;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Whether the header offers the passkeys page (issue #17, ADR 0025): to the holders of the roles the second factor
 * is set up for ({@code mamori.security.second-factor.roles}, whether or not it is switched on yet, so they can enrol
 * before it is), and to anyone who already has a passkey (to see or delete it). Everyone else never needs one, and
 * a link to it was only noise. The page itself stays open to every logged-in user.
 */
@Component("passkeyLink")
@RequestScope
public class PasskeyLink {

  private final CurrentUser currentUser;
  private final SecondFactorSettings settings;
  private final Passkeys passkeys;
  private Boolean shown;

  PasskeyLink(CurrentUser currentUser, SecondFactorSettings settings, Passkeys passkeys) {
    this.currentUser = currentUser;
    this.settings = settings;
    this.passkeys = passkeys;
  }

  public boolean isShown() {
    if (shown == null) {
      String userId = currentUser.getId();
      shown = userId != null
          && (currentUser.groupIds().stream().anyMatch(settings.getRoles()::contains) || passkeys.has(userId));
    }
    return shown;
  }
}
