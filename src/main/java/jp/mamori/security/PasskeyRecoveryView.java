package jp.mamori.security;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Backs passkey-recovery.xhtml: a system administrator removes the passkeys of a user who lost their device; the
 * user enrols a new one at the next login. The removal, with its reason, is in the audit trail.
 */
@Component
@ViewScoped
public class PasskeyRecoveryView implements Serializable {

  /** A user of a privileged role and how many passkeys they have. */
  public record Row(String userId, String displayName, List<String> roles, int passkeys) {}

  private final transient Passkeys passkeys;
  private final transient SecondFactorSettings settings;
  private final transient StaffDirectory staff;
  private final transient IdentityService identityService;
  private final transient CurrentUser currentUser;

  private String reason;

  PasskeyRecoveryView(Passkeys passkeys, SecondFactorSettings settings, StaffDirectory staff,
      IdentityService identityService, CurrentUser currentUser) {
    this.passkeys = passkeys;
    this.settings = settings;
    this.staff = staff;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  /** Everyone the second factor applies to (the configured roles). */
  public List<Row> getUsers() {
    return identityService.createUserQuery().orderByUserId().asc().list().stream().map(User::getId)
        .map(staff::find).flatMap(Optional::stream)
        .filter(m -> m.groupIds().stream().anyMatch(settings.getRoles()::contains))
        .map(this::row).toList();
  }

  public void remove(String userId) {
    try {
      int removed = passkeys.removeAll(currentUser.require(), userId, reason);
      reason = null;
      Messages.info("passkey.recovery.removed", userId, removed);
    } catch (ActionRefused e) {
      Messages.refused(e);
    }
  }

  private Row row(StaffMember member) {
    return new Row(member.id(), member.displayName(),
        member.groupIds().stream().filter(settings.getRoles()::contains).toList(), passkeys.of(member.id()).size());
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
