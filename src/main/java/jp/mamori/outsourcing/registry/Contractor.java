package jp.mamori.outsourcing.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contractor the hospital entrusts personal information to (第9条), with its responsible person (第25条2(2)ロ). */
@Entity
@Table(name = "outsourcing_contractor")
public class Contractor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  private String address;

  @Column(name = "responsible_person")
  private String responsiblePerson;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContractorStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Contractor() {}

  Contractor(String name, Instant now) {
    this.name = name;
    this.status = ContractorStatus.UNDER_REVIEW;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void describe(String address, String responsiblePerson, Instant now) {
    if (address != null && !address.isBlank()) {
      this.address = address;
    }
    if (responsiblePerson != null && !responsiblePerson.isBlank()) {
      this.responsiblePerson = responsiblePerson;
    }
    this.updatedAt = now;
  }

  void status(ContractorStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public ContractorStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
