package jp.mamori.outsourcing.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A confidentiality pledge (別紙12「秘密保持に関する誓約書」) received from one of the contractor's staff (第20条3). */
@Entity
@Table(name = "outsourcing_pledge")
public class Pledge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(nullable = false)
  private String signer;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "recorded_by", nullable = false)
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
