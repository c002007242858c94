package jp.mamori.ledger;

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
 * What became of an entry whose retention ended (第24条; Keio 37): disposed of — who, when, how, by which registered
 * contractor, with the contractor's certificate number — or kept longer, with the reason and the supervising
 * manager who approved it.
 */
@Entity
@Table(name = "ledger_disposal")
public class DisposalRecord {

  /** Disposed of, or retention extended. */
  public enum Outcome { DISPOSED, EXTENDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entry_id", nullable = false)
  private Long entryId;

  @Column(name = "case_key")
  private String caseKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  private DisposalMethod method;

  @Column(name = "disposed_on")
  private LocalDate disposedOn;

  @Column(name = "contractor_id")
  private Long contractorId;

  @Column(name = "contractor_name")
  private String contractorName;

  @Column(name = "certificate_no")
  private String certificateNo;

  @Column(name = "performed_by", nullable = false)
  private String performedBy;

  @Column(name = "approved_by")
  private String approvedBy;

  private String reason;

  @Column(name = "previous_until")
  private LocalDate previousUntil;

  @Column(name = "new_until")
  private LocalDate newUntil;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DisposalRecord() {}

  static DisposalRecord disposed(LedgerEntry entry, String caseKey, Disposal disposal, Instant now) {
    DisposalRecord record = new DisposalRecord();
    record.entryId = entry.getId();
    record.caseKey = caseKey;
    record.outcome = Outcome.DISPOSED;
    record.method = entry.getDisposalMethod();
    record.disposedOn = disposal.disposedOn();
    record.contractorId = disposal.contractorId();
    record.contractorName = disposal.contractorName();
    record.certificateNo = disposal.certificateNo();
    record.performedBy = disposal.performedBy();
    record.reason = disposal.note();
    record.previousUntil = entry.getRetainUntil();
    record.recordedAt = now;
    return record;
  }

  static DisposalRecord extended(LedgerEntry entry, String caseKey, String requestedBy, String approvedBy,
      String reason, LocalDate newUntil, Instant now) {
    DisposalRecord record = new DisposalRecord();
    record.entryId = entry.getId();
    record.caseKey = caseKey;
    record.outcome = Outcome.EXTENDED;
    record.performedBy = requestedBy;
    record.approvedBy = approvedBy;
    record.reason = reason;
    record.previousUntil = entry.getRetainUntil();
    record.newUntil = newUntil;
    record.recordedAt = now;
    return record;
  }

  public Long getId() {
    return id;
  }

  public Long getEntryId() {
    return entryId;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public DisposalMethod getMethod() {
    return method;
  }

  public LocalDate getDisposedOn() {
    return disposedOn;
  }

  public Long getContractorId() {
    return contractorId;
  }

  public String getContractorName() {
    return contractorName;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public String getPerformedBy() {
    return performedBy;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getPreviousUntil() {
    return previousUntil;
  }

  public LocalDate getNewUntil() {
    return newUntil;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
