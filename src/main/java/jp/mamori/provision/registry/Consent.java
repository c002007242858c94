package jp.mamori.provision.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient's consent to a provision outside the purposes of use (第26条2, 別紙3「個人情報の第三者提供についての同意書」):
 * what may be provided (scope), to whom, for how long; for a minor, the legal representative's consent and, where
 * the minor is able to judge, the minor's own (Keio 11). Narrowed or withdrawn on 別紙4 (第26条4, Keio 10).
 */
@Entity
@Table(name = "provision_consent")
public class Consent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_number", nullable = false)
  private String patientNumber;

  @Column(name = "patient_name")
  private String patientName;

  @Column(nullable = false)
  private String scope;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(nullable = false)
  private boolean minor;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  private String representative;

  @Column(name = "own_consent", nullable = false)
  private boolean ownConsent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentStatus status;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
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
