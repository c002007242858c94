package jp.mamori.purpose.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Backs purposes.xhtml for staff: the registry (第17条) paged in the database, searched and sorted, each purpose
 * with its state and who decided it.
 */
@Component
@ViewScoped
public class RegistryView implements Serializable {

  private final transient PurposeRegistry registry;
  private final transient StaffDirectory staff;
  private String query;
  private transient PurposeLazyModel model;
  // the deciders are a handful of people: each is looked up once per view, not once per purpose
  private transient Map<String, String> names;

  RegistryView(PurposeRegistry registry, StaffDirectory staff) {
    this.registry = registry;
    this.staff = staff;
  }

  public PurposeLazyModel getModel() {
    if (model == null) {
      model = new PurposeLazyModel(registry, () -> query,
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return model;
  }

  /** Who decided a purpose, by the name people read (第12条: the decision and who made it). */
  public String displayName(String userId) {
    if (userId == null) {
      return "";
    }
    if (names == null) {
      names = new HashMap<>();
    }
    return names.computeIfAbsent(userId, staff::displayName);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null || query.isBlank() ? null : query.strip();
  }
}
