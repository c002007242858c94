package jp.mamori.people;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A signed confidentiality pledge (第20条3; Keio 4): who (a member of staff by user id, or a contractor's staff by
 * name and contractor), which version of the text, signed when, recorded by whom.
 */
@Table("staff_pledge")
public class StaffPledge {

  @Id
  private Long id;
  @Column("user_id")
  private String userId;
  @Column("person_name")
  private String personName;
  private String contractor;
  @Column("text_version")
  private int textVersion;
  @Column("signed_on")
  private LocalDate signedOn;
  @Column("recorded_by")
  private String recordedBy;
  @Column("recorded_at")
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
