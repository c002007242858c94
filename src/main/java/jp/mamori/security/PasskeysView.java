package jp.mamori.security;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.mamori.web.Messages;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Backs passkeys.xhtml (enrolment and one's own passkeys) and second-factor.xhtml (the passkey step). */
@Component
@ViewScoped
public class PasskeysView implements Serializable {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  private final transient Passkeys passkeys;
  private final transient SecondFactorSettings settings;
  private final transient CurrentUser currentUser;

  PasskeysView(Passkeys passkeys, SecondFactorSettings settings, CurrentUser currentUser) {
    this.passkeys = passkeys;
    this.settings = settings;
    this.currentUser = currentUser;
  }

  public List<Passkeys.Passkey> getMine() {
    return passkeys.of(currentUser.require().userId());
  }

  /** The passkey step is still owed by this login. */
  public boolean isPending() {
    return SecondFactorGate.pending(SecurityContextHolder.getContext().getAuthentication(), settings);
  }

  /** The second factor applies to this user (their roles), whether or not it is switched on. */
  public boolean isPrivileged() {
    return currentUser.groupIds().stream().anyMatch(settings.getRoles()::contains);
  }

  public boolean isEnabled() {
    return settings.isEnabled();
  }

  /** Where the page goes after a passkey is registered: the step while it is owed, else this page again. */
  public String getAfterRegistration() {
    return isPending() ? SecondFactorGate.STEP_PAGE : SecondFactorGate.ENROL_PAGE;
  }

  public void delete(String id) {
    passkeys.deleteOwn(currentUser.require().userId(), id);
    Messages.info("passkey.deleted");
  }

  public String when(Instant instant) {
    return instant == null ? "—" : WHEN.format(instant);
  }
}
