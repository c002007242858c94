package jp.mamori.provision.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The record of one provision (APPI 29条): the date, the recipient, the persons, the items, the basis with its
 * purpose, consent or exception (and who approved it, 第26条3), who confirmed before the data left; one per case
 * (unique case key), kept until {@link #getRetainUntil()}. A stop (Keio 25, 第29条2; or the 次世代医療基盤法 opt-out)
 * marks it stopped, by whom, when and why.
 */
@Table("provision_record")
public class ProvisionRecord {

  public static final String PROVIDED = "PROVIDED";
  public static final String STOPPED = "STOPPED";

  @Id
  private Long id;

  @Column("case_key")
  private String caseKey;

  @Column("provided_on")
  private LocalDate providedOn;

  private String recipient;

  @Column("recipient_kind")
  private String recipientKind;

  @Column("patient_numbers")
  private String patientNumbers;

  /** The persons one by one, so that a patient's provisions are found by an index (provision_record_patient). */
  @MappedCollection(idColumn = "record_id")
  private Set<Patient> patients = new LinkedHashSet<>();

  @Column("data_items")
  private String dataItems;

  @Column("ledger_entries")
  private String ledgerEntries;

  private String reason;

  private Basis basis;

  @Column("purpose_code")
  private String purposeCode;

  @Column("consent_id")
  private Long consentId;

  @Column("exception_ground")
  private ExceptionGround exceptionGround;

  private String measures;

  @Column("approved_by")
  private String approvedBy;

  @Column("confirmed_by")
  private String confirmedBy;

  @Column("filed_by")
  private String filedBy;

  @Column("recorded_at")
  private Instant recordedAt;

  @Column("retain_until")
  private LocalDate retainUntil;

  private String status;

  @Column("stopped_by")
  private String stoppedBy;

  @Column("stopped_at")
  private Instant stoppedAt;

  @Column("stop_reason")
  private String stopReason;

  @Column("deletion_requested")
  private boolean deletionRequested;

  protected ProvisionRecord() {}

  ProvisionRecord(String caseKey, ProvisionRequest request, String approvedBy, String confirmedBy,
      LocalDate providedOn, Instant recordedAt, LocalDate retainUntil) {
    this.caseKey = caseKey;
    this.providedOn = providedOn;
    this.recipient = request.recipient();
    this.recipientKind = request.recipientKind();
    request.patients().forEach(number -> this.patients.add(new Patient(number)));
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
    return patients.stream().map(Patient::number).collect(Collectors.toUnmodifiableSet());
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

  @Table("provision_record_patient")
  record Patient(@Column("patient_number") String number) {}
}
