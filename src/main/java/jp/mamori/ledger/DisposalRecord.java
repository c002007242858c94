package jp.mamori.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What became of an entry whose retention ended (第24条; Keio 37): disposed of — who, when, how, by which registered
 * contractor, with the contractor's certificate number — or kept longer, with the reason and the supervising
 * manager who approved it.
 */
@Table("ledger_disposal")
public class DisposalRecord {

  /** Disposed of, or retention extended. */
  public enum Outcome { DISPOSED, EXTENDED }

  @Id
  private Long id;

  @Column("entry_id")
  private Long entryId;

  @Column("case_key")
  private String caseKey;

  private Outcome outcome;

  private DisposalMethod method;

  @Column("disposed_on")
  private LocalDate disposedOn;

  @Column("contractor_id")
  private Long contractorId;

  @Column("contractor_name")
  private String contractorName;

  @Column("certificate_no")
  private String certificateNo;

  @Column("performed_by")
  private String performedBy;

  @Column("approved_by")
  private String approvedBy;

  private String reason;

  @Column("previous_until")
  private LocalDate previousUntil;

  @Column("new_until")
  private LocalDate newUntil;

  @Column("recorded_at")
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
