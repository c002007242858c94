package jp.mamori.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token for /engine-rest: its owner, a label, the SHA-256 of the token, and whether it is revoked. */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String label;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  protected ApiToken() {}

  ApiToken(String userId, String label, String tokenHash, Instant createdAt) {
    this.userId = userId;
    this.label = label;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
  }

  void used(Instant at) {
    this.lastUsedAt = at;
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
