package jp.mamori.outsourcing.registry;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.CurrentUser;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** Backs contractor.xhtml?id=…: one contractor with its contracts, pledges, check history, breaches, requests. */
@Component
@RequestScope
public class ContractorView {

  private final Contractors contractors;
  private final CurrentUser currentUser;
  private final StaffDirectory staff;
  private Long id;
  private Optional<ContractorDetail> detail;

  ContractorView(Contractors contractors, CurrentUser currentUser, StaffDirectory staff) {
    this.contractors = contractors;
    this.currentUser = currentUser;
    this.staff = staff;
  }

  public ContractorDetail getDetail() {
    if (detail == null) {
      boolean allowed = ContractorListView.READERS.stream().anyMatch(currentUser::has);
      detail = id == null || !allowed ? Optional.empty() : contractors.detail(id);
    }
    return detail.orElse(null);
  }

  public String clauses(Contract contract) {
    boolean japanese = japanese();
    String missing = contract.missingClauses().stream().map(c -> c.label(japanese))
        .reduce((a, b) -> a + "、" + b).orElse(null);
    Locale locale = japanese ? Locale.JAPANESE : Locale.ENGLISH;
    return missing == null ? Messages.text(locale, "outsourcing.clauses.allPresent")
        : Messages.text(locale, "outsourcing.clauses.missing", missing);
  }

  public String name(String userId) {
    return userId == null ? "—" : staff.displayName(userId);
  }

  public Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  private static boolean japanese() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || "ja".equals(context.getViewRoot().getLocale().getLanguage());
  }
}
