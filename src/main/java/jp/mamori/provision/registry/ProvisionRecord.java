package jp.mamori.provision.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The record of one provision (APPI 29条): the date, the recipient, the persons, the items, the basis with its
 * purpose, consent or exception (and who approved it, 第26条3), who confirmed before the data left; one per case
 * (unique case key), kept until {@link #getRetainUntil()}. A stop (Keio 25, 第29条2; or the 次世代医療基盤法 opt-out)
 * marks it stopped, by whom, when and why.
 */
@Entity
@Table(name = "provision_record")
public class ProvisionRecord {

  public static final String PROVIDED = "PROVIDED";
  public static final String STOPPED = "STOPPED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_key", nullable = false, unique = true)
  private String caseKey;

  @Column(name = "provided_on", nullable = false)
  private LocalDate providedOn;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "recipient_kind", nullable = false)
  private String recipientKind;

  @Column(name = "patient_numbers", nullable = false)
  private String patientNumbers;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "provision_record_patient", joinColumns = @JoinColumn(name = "record_id"))
  @Column(name = "patient_number")
  private Set<String> patients = new LinkedHashSet<>();

  @Column(name = "data_items", nullable = false)
  private String dataItems;

  @Column(name = "ledger_entries")
  private String ledgerEntries;

  @Column(nullable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Basis basis;

  @Column(name = "purpose_code")
  private String purposeCode;

  @Column(name = "consent_id")
  private Long consentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "exception_ground")
  private ExceptionGround exceptionGround;

  private String measures;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "confirmed_by", nullable = false)
  private String confirmedBy;

  @Column(name = "filed_by", nullable = false)
  private String filedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "retain_until", nullable = false)
  private LocalDate retainUntil;

  @Column(nullable = false)
  private String status;

  @Column(name = "stopped_by")
  private String stoppedBy;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Column(name = "stop_reason")
  private String stopReason;

  @Column(name = "deletion_requested", nullable = false)
  private boolean deletionRequested;

  protected ProvisionRecord() {}

  ProvisionRecord(String caseKey, ProvisionRequest request, String approvedBy, String confirmedBy,
      LocalDate providedOn, Instant recordedAt, LocalDate retainUntil) {
    this.caseKey = caseKey;
    this.providedOn = providedOn;
    this.recipient = request.recipient();
    this.recipientKind = request.recipientKind();
    this.patients.addAll(request.patients());
    this.patientNumbers = String.join(", ", request.patients());
    this.dataItems = request.dataItems();
    this.ledgerEntries = request.ledgerEntries();
    this.reason = request.reason();
    this.basis = request.basis();
    this.purposeCode = request.purposeCode();
    this.consentId = request.consentId();
    this.exceptionGround = request.exceptionGround();
    this.measures = request.measures();
    this.approvedBy = approvedBy;
    this.confirmedBy = confirmedBy;
    this.filedBy = request.filedBy();
    this.recordedAt = recordedAt;
    this.retainUntil = retainUntil;
    this.status = PROVIDED;
  }

  void stop(String by, Instant at, String why, boolean deletion) {
    this.status = STOPPED;
    this.stoppedBy = by;
    this.stoppedAt = at;
    this.stopReason = why;
    this.deletionRequested = deletion;
  }

  public boolean isStopped() {
    return STOPPED.equals(status);
  }

  public Long getId() {
    return id;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public LocalDate getProvidedOn() {
    return providedOn;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getRecipientKind() {
    return recipientKind;
  }

  public String getPatientNumbers() {
    return patientNumbers;
  }

  public Set<String> getPatients() {
    return Set.copyOf(patients);
  }

  public String getDataItems() {
    return dataItems;
  }

  public String getLedgerEntries() {
    return ledgerEntries;
  }

  public String getReason() {
    return reason;
  }

  public Basis getBasis() {
    return basis;
  }

  public String getPurposeCode() {
    return purposeCode;
  }

  public Long getConsentId() {
    return consentId;
  }

  public ExceptionGround getExceptionGround() {
    return exceptionGround;
  }

  public String getMeasures() {
    return measures;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }

  public String getStatus() {
    return status;
  }

  public String getStoppedBy() {
    return stoppedBy;
  }

  public Instant getStoppedAt() {
    return stoppedAt;
  }

  public String getStopReason() {
    return stopReason;
  }

  public boolean isDeletionRequested() {
    return deletionRequested;
  }
}
