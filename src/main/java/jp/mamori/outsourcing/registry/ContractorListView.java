package jp.mamori.outsourcing.registry;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import jp.mamori.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Backs contractors.xhtml: the contractor registry paged in the database, filtered by name, and the checks due
 * (第25条3). The URL rule guards the page; {@link #allowed()} guards the data whatever path reaches the view.
 */
@Component
@ViewScoped
public class ContractorListView implements Serializable {

  static final List<String> READERS = List.of("total-manager", "supervising-manager", "information-manager",
      "executive");

  private final transient Contractors contractors;
  private final transient CurrentUser currentUser;
  private String nameFilter;
  private transient ContractorLazyModel model;

  ContractorListView(Contractors contractors, CurrentUser currentUser) {
    this.contractors = contractors;
    this.currentUser = currentUser;
  }

  boolean allowed() {
    return READERS.stream().anyMatch(currentUser::has);
  }

  public ContractorLazyModel getModel() {
    if (model == null) {
      model = new ContractorLazyModel(contractors, () -> nameFilter, allowed());
    }
    return model;
  }

  public List<CheckDue> getChecksDue() {
    return allowed() ? contractors.checksDue() : List.of();
  }

  public String getNameFilter() {
    return nameFilter;
  }

  public void setNameFilter(String nameFilter) {
    this.nameFilter = nameFilter == null ? null : nameFilter.strip();
  }
}
