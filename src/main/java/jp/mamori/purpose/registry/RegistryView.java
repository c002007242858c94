package jp.mamori.purpose.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** Backs purposes.xhtml for staff: every purpose with its state and who decided it. */
@Component
@RequestScope
public class RegistryView {

  private final PurposeRegistry registry;
  private final StaffDirectory staff;
  // the deciders are a handful of people: each is looked up once per page, not once per purpose
  private final Map<String, String> names = new HashMap<>();

  RegistryView(PurposeRegistry registry, StaffDirectory staff) {
    this.registry = registry;
    this.staff = staff;
  }

  public List<Purpose> getPurposes() {
    return registry.all();
  }

  /** Who decided a purpose, by the name people read (第12条: the decision and who made it). */
  public String displayName(String userId) {
    return userId == null ? "" : names.computeIfAbsent(userId, staff::displayName);
  }
}
