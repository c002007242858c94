package jp.mamori.request;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A ledger entry a request concerns: its information manager's investigation and opinion (with the attending
 * doctor's opinion on harm for a disclosure, 第27条2(1)), and what was carried out on it (第28条3, 第29条3).
 */
@Table("patient_request_entry")
public class RequestEntry {

  @Id
  private Long id;
  @Column("request_id")
  private Long requestId;
  @Column("ledger_entry_id")
  private Long ledgerEntryId;
  @Column("entry_title")
  private String entryTitle;
  @Column("department_code")
  private String departmentCode;
  @Column("information_manager")
  private String informationManager;
  @Column("data_found")
  private String dataFound;
  private String opinion;
  private Integer pages;
  private Integer discs;
  @Column("doctor_name")
  private String doctorName;
  @Column("harm_risk")
  private String harmRisk;
  @Column("doctor_opinion")
  private String doctorOpinion;
  @Column("answered_by")
  private String answeredBy;
  @Column("answered_at")
  private Instant answeredAt;
  @Column("change_made")
  private String changeMade;
  @Column("carried_out_by")
  private String carriedOutBy;
  @Column("carried_out_at")
  private Instant carriedOutAt;

  protected RequestEntry() {}

  RequestEntry(Long requestId, Long ledgerEntryId, String entryTitle, String departmentCode,
      String informationManager) {
    this.requestId = requestId;
    this.ledgerEntryId = ledgerEntryId;
    this.entryTitle = entryTitle;
    this.departmentCode = departmentCode;
    this.informationManager = informationManager;
  }

  void answer(Investigation investigation, String by, Instant at) {
    this.dataFound = investigation.dataFound();
    this.opinion = investigation.opinion();
    this.pages = investigation.pages();
    this.discs = investigation.discs();
    this.doctorName = investigation.doctorName();
    this.harmRisk = investigation.harmRisk();
    this.doctorOpinion = investigation.doctorOpinion();
    this.answeredBy = by;
    this.answeredAt = at;
  }

  void carriedOut(String change, String by, Instant at) {
    this.changeMade = change;
    this.carriedOutBy = by;
    this.carriedOutAt = at;
  }

  public Long getId() { return id; }
  public Long getRequestId() { return requestId; }
  public Long getLedgerEntryId() { return ledgerEntryId; }
  public String getEntryTitle() { return entryTitle; }
  public String getDepartmentCode() { return departmentCode; }
  public String getInformationManager() { return informationManager; }
  public String getDataFound() { return dataFound; }
  public String getOpinion() { return opinion; }
  public Integer getPages() { return pages; }
  public Integer getDiscs() { return discs; }
  public String getDoctorName() { return doctorName; }
  public String getHarmRisk() { return harmRisk; }
  public String getDoctorOpinion() { return doctorOpinion; }
  public String getAnsweredBy() { return answeredBy; }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getChangeMade() { return changeMade; }
  public String getCarriedOutBy() { return carriedOutBy; }
  public Instant getCarriedOutAt() { return carriedOutAt; }

  /** An information manager's answer for one entry (第19条2); the doctor's opinion for a disclosure. */
  public record Investigation(String dataFound, String opinion, Integer pages, Integer discs, String doctorName,
      String harmRisk, String doctorOpinion) {}
}
