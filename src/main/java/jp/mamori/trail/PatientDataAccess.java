package jp.mamori.trail;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One view of patient data: who, when, which case, what was shown, from which address, through which channel
 * ({@code app}, {@code rest} or {@code cockpit}). Written once, never changed; deleted only by the retention purge
 * ({@link AccessLogRetention}) when older than the kept period.
 */
@Table("patient_data_access")
public class PatientDataAccess {

  /** Through the app's pages, over /engine-rest, or through the Camunda webapps' API (/camunda/api/...). */
  public enum Channel { APP, REST, COCKPIT }

  @Id
  private Long id;
  @Column("accessed_at")
  private Instant accessedAt;
  @Column("user_id")
  private String userId;
  @Column("case_key")
  private String caseKey;
  private String what;
  @Column("remote_address")
  private String remoteAddress;
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
