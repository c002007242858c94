package jp.mamori.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token for /engine-rest: its owner, a label, the SHA-256 of the token, and whether it is revoked. */
@Table("api_token")
public class ApiToken {

  @Id
  private Long id;

  @Column("user_id")
  private String userId;

  private String label;

  @Column("token_hash")
  private String tokenHash;

  @Column("created_at")
  private Instant createdAt;

  @Column("last_used_at")
  private Instant lastUsedAt;

  @Column("revoked_at")
  private Instant revokedAt;

  @Column("revoked_by")
  private String revokedBy;

  protected ApiToken() {}

  ApiToken(String userId, String label, String tokenHash, Instant createdAt) {
    this.userId = userId;
    this.label = label;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
  }

  void revoke(String by, Instant at) {
    this.revokedBy = by;
    this.revokedAt = at;
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getLabel() {
    return label;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  String getTokenHash() {
    return tokenHash;
  }
}
