package jp.mamori.trail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One view of patient data: who, when, which case, what was shown, from which address, through which channel
 * ({@code app}, {@code rest} or {@code cockpit}). Written once, never changed; deleted only by the retention purge
 * ({@link AccessLogRetention}) when older than the kept period.
 */
@Entity
@Table(name = "patient_data_access")
public class PatientDataAccess {

  /** Through the app's pages, over /engine-rest, or through the Camunda webapps' API (/camunda/api/...). */
  public enum Channel { APP, REST, COCKPIT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "accessed_at", nullable = false, updatable = false)
  private Instant accessedAt;
  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;
  @Column(name = "case_key", nullable = false, updatable = false)
  private String caseKey;
  @Column(nullable = false, updatable = false)
  private String what;
  @Column(name = "remote_address", updatable = false)
  private String remoteAddress;
  @Column(nullable = false, updatable = false)
  private String channel;

  protected PatientDataAccess() {}

  PatientDataAccess(Instant accessedAt, String userId, String caseKey, String what, String remoteAddress,
      Channel channel) {
    this.accessedAt = accessedAt;
    this.userId = userId;
    this.caseKey = caseKey;
    this.what = what;
    this.remoteAddress = remoteAddress;
    this.channel = channel.name().toLowerCase(java.util.Locale.ROOT);
  }

  public Long getId() { return id; }
  public Instant getAccessedAt() { return accessedAt; }
  public String getUserId() { return userId; }
  public String getCaseKey() { return caseKey; }
  public String getWhat() { return what; }
  public String getRemoteAddress() { return remoteAddress; }
  public String getChannel() { return channel; }
}
