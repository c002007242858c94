package jp.mamori.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed confidentiality pledge (第20条3; Keio 4): who (a member of staff by user id, or a contractor's staff by
 * name and contractor), which version of the text, signed when, recorded by whom.
 */
@Entity
@Table(name = "staff_pledge")
public class StaffPledge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "user_id")
  private String userId;
  @Column(name = "person_name", nullable = false)
  private String personName;
  private String contractor;
  @Column(name = "text_version", nullable = false)
  private int textVersion;
  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;
  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected StaffPledge() {}

  StaffPledge(String userId, String personName, String contractor, int textVersion, LocalDate signedOn,
      String recordedBy, Instant recordedAt) {
    this.userId = userId;
    this.personName = personName;
    this.contractor = contractor;
    this.textVersion = textVersion;
    this.signedOn = signedOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public String getUserId() { return userId; }
  public String getPersonName() { return personName; }
  public String getContractor() { return contractor; }
  public int getTextVersion() { return textVersion; }
  public LocalDate getSignedOn() { return signedOn; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
