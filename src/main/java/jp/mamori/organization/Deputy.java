package jp.mamori.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** The deputy acts for the principal when absent and receives the principal's escalations (Keio 6). */
@Entity
public class Deputy {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "principal_user_id", nullable = false)
  private String principalUserId;

  @Column(name = "deputy_user_id", nullable = false)
  private String deputyUserId;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected Deputy() {}

  public Deputy(String principalUserId, String deputyUserId, LocalDate validFrom, LocalDate validTo) {
    this.principalUserId = principalUserId;
    this.deputyUserId = deputyUserId;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  public String getPrincipalUserId() {
    return principalUserId;
  }

  public String getDeputyUserId() {
    return deputyUserId;
  }

  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }
}
