package jp.mamori.organization;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The deputy acts for the principal when absent and receives the principal's escalations (Keio 6). */
@Table
public class Deputy {

  @Id
  private Long id;

  @Column("principal_user_id")
  private String principalUserId;

  @Column("deputy_user_id")
  private String deputyUserId;

  @Column("valid_from")
  private LocalDate validFrom;

  @Column("valid_to")
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
