package jp.mamori.ledger;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Backs ledger.xhtml for staff: the ledger (第22条) paged in the database, searched and sorted, with the departments
 * and information managers by the names people read.
 */
@Component
@ViewScoped
public class LedgerListView implements Serializable {

  private final transient Ledger ledger;
  private final transient DepartmentRepository departments;
  private final transient StaffDirectory staff;
  private String query;
  private transient LedgerLazyModel model;
  // a ledger has a handful of departments and managers: each is looked up once per view, not once per row
  private transient Map<String, String> names;

  LedgerListView(Ledger ledger, DepartmentRepository departments, StaffDirectory staff) {
    this.ledger = ledger;
    this.departments = departments;
    this.staff = staff;
  }

  public LedgerLazyModel getModel() {
    if (model == null) {
      model = new LedgerLazyModel(ledger, () -> query);
    }
    return model;
  }

  public String department(String code) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return code == null ? "—" : names().computeIfAbsent("department:" + locale + ":" + code,
        key -> departments.nameOf(code, locale));
  }

  public String manager(String userId) {
    return userId == null ? "—" : names().computeIfAbsent("staff:" + userId, key -> staff.displayName(userId));
  }

  private Map<String, String> names() {
    if (names == null) {
      names = new HashMap<>();
    }
    return names;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null || query.isBlank() ? null : query.strip();
  }
}
