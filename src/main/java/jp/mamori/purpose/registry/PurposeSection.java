package jp.mamori.purpose.registry;

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
import jp.mamori.storage.UtcColumns;
import jp.mamori.web.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * New purposes of use filed and not yet decided (第12条4: acquisition may not start before approval). One count
 * query on the purpose registry.
 */
@Component
class PurposeSection implements DashboardSection {

  static final String ID = "purposes";
  private static final String WHERE = " from purpose where status = :status";
  private static final Map<String, String> PENDING = Map.of("status", PurposeStatus.PENDING.name());

  private final JdbcClient jdbc;
  private final StaffDirectory staff;
  private final DepartmentRepository departments;

  PurposeSection(JdbcClient jdbc, StaffDirectory staff, DepartmentRepository departments) {
    this.jdbc = jdbc;
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
    long pending = QueryList.count(jdbc, "select count(*)" + WHERE, PENDING);
    return List.of(new FigureRow(Messages.text(locale, "dashboard.purposes.pending"),
        List.of(Figure.zeroIsOk(FigureId.of(ID, "pending", null), pending, FigureState.WARN))));
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    if (!FigureId.parse(figureId).kind().equals("pending")) {
      return Optional.empty();
    }
    return Optional.of(new QueryList(jdbc, Messages.text(locale, "dashboard.purposes.pending"), List.of(
        ListColumn.of(locale, "case", "tasks.col.case"),
        ListColumn.of(locale, "purpose", "dashboard.col.purpose"),
        ListColumn.of(locale, "department", "dashboard.col.department"),
        ListColumn.of(locale, "filedBy", "dashboard.col.filedBy"),
        ListColumn.of(locale, "filedAt", "dashboard.col.filedAt")),
        "select count(*)" + WHERE, "select case_key, text_ja, text_en, department_code, filed_by, filed_at" + WHERE
            + " order by filed_at asc, id asc", PENDING, (p, n) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              String department = p.getString("department_code");
              String filedBy = p.getString("filed_by");
              row.put("case", p.getString("case_key"));
              row.put("purpose", Purpose.text(locale, p.getString("text_ja"), p.getString("text_en")));
              row.put("department", departments.nameOf(department, locale));
              row.put("filedBy", filedBy == null ? null : staff.displayName(filedBy));
              row.put("filedAt", UtcColumns.instant(p, "filed_at"));
              return row;
            }));
  }
}
