package jp.mamori.outsourcing.registry;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A confidentiality pledge (別紙12「秘密保持に関する誓約書」) received from one of the contractor's staff (第20条3). */
@Table("outsourcing_pledge")
public class Pledge {

  @Id
  private Long id;

  @Column("contract_id")
  private Long contractId;

  private String signer;

  @Column("received_on")
  private LocalDate receivedOn;

  @Column("recorded_by")
  private String recordedBy;

  protected Pledge() {}

  Pledge(Long contractId, String signer, LocalDate receivedOn, String recordedBy) {
    this.contractId = contractId;
    this.signer = signer;
    this.receivedOn = receivedOn;
    this.recordedBy = recordedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getContractId() {
    return contractId;
  }

  public String getSigner() {
    return signer;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
