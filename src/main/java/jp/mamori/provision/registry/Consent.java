package jp.mamori.provision.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A patient's consent to a provision outside the purposes of use (第26条2, 別紙3「個人情報の第三者提供についての同意書」):
 * what may be provided (scope), to whom, for how long; for a minor, the legal representative's consent and, where
 * the minor is able to judge, the minor's own (Keio 11). Narrowed or withdrawn on 別紙4 (第26条4, Keio 10).
 */
@Table("provision_consent")
public class Consent {

  @Id
  private Long id;

  @Column("patient_number")
  private String patientNumber;

  @Column("patient_name")
  private String patientName;

  private String scope;

  private String recipient;

  @Column("valid_from")
  private LocalDate validFrom;

  @Column("valid_until")
  private LocalDate validUntil;

  private boolean minor;

  @Column("birth_date")
  private LocalDate birthDate;

  private String representative;

  @Column("own_consent")
  private boolean ownConsent;

  private ConsentStatus status;

  @Column("recorded_by")
  private String recordedBy;

  @Column("recorded_at")
  private Instant recordedAt;

  @Column("withdrawn_by")
  private String withdrawnBy;

  @Column("withdrawn_at")
  private Instant withdrawnAt;

  protected Consent() {}

  Consent(ConsentForm form, boolean minor, String recordedBy, Instant recordedAt) {
    this.patientNumber = form.patientNumber();
    this.patientName = form.patientName();
    this.scope = form.scope();
    this.recipient = form.recipient();
    this.validFrom = form.validFrom();
    this.validUntil = form.validUntil();
    this.birthDate = form.birthDate();
    this.minor = minor;
    this.representative = form.representative();
    this.ownConsent = form.ownConsent();
    this.status = ConsentStatus.ACTIVE;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void narrow(String newScope) {
    this.scope = newScope;
  }

  void withdraw(String by, Instant at) {
    this.status = ConsentStatus.WITHDRAWN;
    this.withdrawnBy = by;
    this.withdrawnAt = at;
  }

  /** In force on that day: not withdrawn, begun and not yet ended. */
  public boolean inForceOn(LocalDate day) {
    return status == ConsentStatus.ACTIVE && !day.isBefore(validFrom) && (validUntil == null
        || !day.isAfter(validUntil));
  }

  public Long getId() {
    return id;
  }

  public String getPatientNumber() {
    return patientNumber;
  }

  public String getPatientName() {
    return patientName;
  }

  public String getScope() {
    return scope;
  }

  public String getRecipient() {
    return recipient;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public boolean isMinor() {
    return minor;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getRepresentative() {
    return representative;
  }

  public boolean isOwnConsent() {
    return ownConsent;
  }

  public ConsentStatus getStatus() {
    return status;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
