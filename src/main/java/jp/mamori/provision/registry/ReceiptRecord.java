package jp.mamori.provision.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The record of data received from another provider (APPI 30条): when, from whom (name and address), how the
 * provider obtained them, about whom and which items; kept until {@link #getRetainUntil()}.
 */
@Table("provision_receipt")
public class ReceiptRecord {

  @Id
  private Long id;

  @Column("received_on")
  private LocalDate receivedOn;

  private String provider;

  @Column("provider_address")
  private String providerAddress;

  @Column("how_obtained")
  private String howObtained;

  @Column("patient_numbers")
  private String patientNumbers;

  @Column("data_items")
  private String dataItems;

  @Column("recorded_by")
  private String recordedBy;

  @Column("recorded_at")
  private Instant recordedAt;

  @Column("retain_until")
  private LocalDate retainUntil;

  protected ReceiptRecord() {}

  ReceiptRecord(ReceiptForm form, String recordedBy, Instant recordedAt, LocalDate retainUntil) {
    this.receivedOn = form.receivedOn();
    this.provider = form.provider();
    this.providerAddress = form.providerAddress();
    this.howObtained = form.howObtained();
    this.patientNumbers = form.patientNumbers();
    this.dataItems = form.dataItems();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.retainUntil = retainUntil;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getProvider() {
    return provider;
  }

  public String getProviderAddress() {
    return providerAddress;
  }

  public String getHowObtained() {
    return howObtained;
  }

  public String getPatientNumbers() {
    return patientNumbers;
  }

  public String getDataItems() {
    return dataItems;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }
}
