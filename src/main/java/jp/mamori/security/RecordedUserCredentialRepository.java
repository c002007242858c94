package jp.mamori.security;

import java.util.List;
import jp.mamori.trail.AuditTrail;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/** The passkeys' store, writing each new and each deleted passkey to the audit trail (who, which label). */
class RecordedUserCredentialRepository implements UserCredentialRepository {

  private final UserCredentialRepository delegate;
  private final PublicKeyCredentialUserEntityRepository users;
  private final AuditTrail trail;

  RecordedUserCredentialRepository(UserCredentialRepository delegate, PublicKeyCredentialUserEntityRepository users,
      AuditTrail trail) {
    this.delegate = delegate;
    this.users = users;
    this.trail = trail;
  }

  @Override
  public void delete(Bytes credentialId) {
    CredentialRecord existing = delegate.findByCredentialId(credentialId);
    delegate.delete(credentialId);
    if (existing != null) {
      trail.security(owner(existing), "PASSKEY_DELETED", existing.getLabel());
    }
  }

  @Override
  public void save(CredentialRecord record) {
    boolean isNew = delegate.findByCredentialId(record.getCredentialId()) == null;
    delegate.save(record);
    if (isNew) {
      trail.security(owner(record), "PASSKEY_REGISTERED", record.getLabel());
    }
  }

  @Override
  public CredentialRecord findByCredentialId(Bytes credentialId) {
    return delegate.findByCredentialId(credentialId);
  }

  @Override
  public List<CredentialRecord> findByUserId(Bytes userId) {
    return delegate.findByUserId(userId);
  }

  private String owner(CredentialRecord record) {
    PublicKeyCredentialUserEntity user = users.findById(record.getUserEntityUserId());
    return user == null ? "unknown" : user.getName();
  }
}
