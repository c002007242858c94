package jp.mamori.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import jp.mamori.organization.Role;
import jp.mamori.trail.AuditTrail;
import jp.mamori.web.ActionRefused;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/** A user's passkeys: whether they have one, the list, and their removal by a system administrator (recovery). */
@Service
public class Passkeys {

  /** One passkey as the pages show it. */
  public record Passkey(String id, String label, Instant created, Instant lastUsed) {}

  private final PublicKeyCredentialUserEntityRepository users;
  private final UserCredentialRepository credentials;
  private final AuditTrail trail;

  Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials, AuditTrail trail) {
    this.users = users;
    this.credentials = credentials;
    this.trail = trail;
  }

  public boolean has(String userId) {
    return !records(userId).isEmpty();
  }

  public List<Passkey> of(String userId) {
    return records(userId).stream()
        .map(r -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(), r.getLastUsed()))
        .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * Recovery: a system administrator removes all of a user's passkeys (a lost or replaced device), with a reason
   * for the trail. The user enrols a new one at their next login.
   */
  public int removeAll(StaffPrincipal admin, String userId, String reason) {
    if (!admin.groupIds().contains(Role.SYSTEM_ADMIN.groupId())) {
      throw new ActionRefused("passkey.error.notAdmin");
    }
    if (reason == null || reason.isBlank()) {
      throw new ActionRefused("passkey.error.reason");
    }
    List<CredentialRecord> records = records(userId);
    records.forEach(r -> credentials.delete(r.getCredentialId()));
    trail.security(admin.userId(), "PASSKEYS_REMOVED", userId + " (" + records.size() + "): " + reason.trim());
    return records.size();
  }

  /** A user deletes one of their own passkeys (after the passkey step: the gate sees to that). */
  public void deleteOwn(String userId, String passkeyId) {
    records(userId).stream().filter(r -> r.getCredentialId().toBase64UrlString().equals(passkeyId)).findFirst()
        .ifPresent(r -> credentials.delete(r.getCredentialId()));
  }

  private List<CredentialRecord> records(String userId) {
    if (userId == null) {
      return List.of();
    }
    PublicKeyCredentialUserEntity user = users.findByUsername(userId);
    return user == null ? List.of() : credentials.findByUserId(user.getId());
  }
}
