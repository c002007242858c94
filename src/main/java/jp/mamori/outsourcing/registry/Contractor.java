package jp.mamori.outsourcing.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A contractor the hospital entrusts personal information to (第9条), with its responsible person (第25条2(2)ロ). */
@Table("outsourcing_contractor")
public class Contractor {

  @Id
  private Long id;

  private String name;

  private String address;

  @Column("responsible_person")
  private String responsiblePerson;

  private ContractorStatus status;

  @Column("created_at")
  private Instant createdAt;

  @Column("updated_at")
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
