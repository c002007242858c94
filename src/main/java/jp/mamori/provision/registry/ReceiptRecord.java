package jp.mamori.provision.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record of data received from another provider (APPI 30条): when, from whom (name and address), how the
 * provider obtained them, about whom and which items; kept until {@link #getRetainUntil()}.
 */
@Entity
@Table(name = "provision_receipt")
public class ReceiptRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(nullable = false)
  private String provider;

  @Column(name = "provider_address")
  private String providerAddress;

  @Column(name = "how_obtained", nullable = false)
  private String howObtained;

  @Column(name = "patient_numbers", nullable = false)
  private String patientNumbers;

  @Column(name = "data_items", nullable = false)
  private String dataItems;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "retain_until", nullable = false)
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
