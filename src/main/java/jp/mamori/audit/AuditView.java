package jp.mamori.audit;

import jakarta.faces.context.FacesContext;
import java.util.Date;
import java.util.List;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** Backs audit.xhtml: the list of audits, and with {@code ?key=} one audit's report (第36条). */
@Component
@RequestScope
public class AuditView {

  private static final List<String> READERS = List.of("total-manager", "supervising-manager", "executive");

  private final Audits audits;
  private final CurrentUser currentUser;
  private final StaffDirectory staff;
  private final DepartmentRepository departments;
  private String key;
  private AuditReport report;

  AuditView(Audits audits, CurrentUser currentUser, StaffDirectory staff, DepartmentRepository departments) {
    this.audits = audits;
    this.currentUser = currentUser;
    this.staff = staff;
    this.departments = departments;
  }

  public String department(String code) {
    FacesContext context = FacesContext.getCurrentInstance();
    return departments.nameOf(code, context == null ? null : context.getViewRoot().getLocale());
  }

  /** The URL rule guards the page; this guards the data too, whatever path reaches the view. */
  private boolean allowed() {
    return READERS.stream().anyMatch(currentUser::has);
  }

  public List<Audit> getAudits() {
    return allowed() ? audits.all() : List.of();
  }

  public AuditReport getReport() {
    if (report == null && key != null && !key.isBlank() && allowed()) {
      report = audits.all().stream().anyMatch(a -> a.getCaseKey().equals(key)) ? AuditReport.of(audits, key) : null;
    }
    return report;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String name(String userId) {
    return userId == null ? "—" : staff.displayName(userId);
  }

  public String itemLabel(String item) {
    return CheckItem.of(item).label(japanese());
  }

  public Date date(java.time.Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  private static boolean japanese() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || "ja".equals(context.getViewRoot().getLocale().getLanguage());
  }
}
