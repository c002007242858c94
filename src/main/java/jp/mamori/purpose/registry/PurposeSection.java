package jp.mamori.purpose.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mamori.dashboard.DashboardSection;
import jp.mamori.dashboard.Figure;
import jp.mamori.dashboard.FigureId;
import jp.mamori.dashboard.FigureList;
import jp.mamori.dashboard.FigureRow;
import jp.mamori.dashboard.FigureState;
import jp.mamori.dashboard.ListColumn;
import jp.mamori.dashboard.QueryList;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/**
 * New purposes of use filed and not yet decided (第12条4: acquisition may not start before approval). One count
 * query on the purpose registry.
 */
@Component
class PurposeSection implements DashboardSection {

  static final String ID = "purposes";
  private static final String WHERE = " from Purpose p where p.status = :status";

  @PersistenceContext
  private EntityManager em;
  private final StaffDirectory staff;
  private final DepartmentRepository departments;

  PurposeSection(StaffDirectory staff, DepartmentRepository departments) {
    this.staff = staff;
    this.departments = departments;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String titleKey() {
    return "dashboard.purposes.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.purposes.note";
  }

  @Override
  public List<String> columns(Locale locale) {
    return List.of(Messages.text(locale, "dashboard.count"));
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    long pending = QueryList.count(em, "select count(p)" + WHERE, Map.of("status", PurposeStatus.PENDING));
    return List.of(new FigureRow(Messages.text(locale, "dashboard.purposes.pending"),
        List.of(Figure.zeroIsOk(FigureId.of(ID, "pending", null), pending, FigureState.WARN))));
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    if (!FigureId.parse(figureId).kind().equals("pending")) {
      return Optional.empty();
    }
    return Optional.of(new QueryList<>(em, Messages.text(locale, "dashboard.purposes.pending"), List.of(
        ListColumn.of(locale, "case", "tasks.col.case"),
        ListColumn.of(locale, "purpose", "dashboard.col.purpose"),
        ListColumn.of(locale, "department", "dashboard.col.department"),
        ListColumn.of(locale, "filedBy", "dashboard.col.filedBy"),
        ListColumn.of(locale, "filedAt", "dashboard.col.filedAt")),
        "select count(p)" + WHERE, "select p" + WHERE + " order by p.filedAt asc, p.id asc", Purpose.class,
        Map.of("status", PurposeStatus.PENDING), p -> row(p, locale)));
  }

  private Map<String, Object> row(Purpose p, Locale locale) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case", p.getCaseKey());
    row.put("purpose", p.text(locale));
    row.put("department", p.getDepartmentCode() == null ? null
        : departments.findByCode(p.getDepartmentCode()).map(d -> d.name(locale)).orElse(p.getDepartmentCode()));
    row.put("filedBy", p.getFiledBy() == null ? null : staff.displayName(p.getFiledBy()));
    row.put("filedAt", p.getFiledAt());
    return row;
  }
}
