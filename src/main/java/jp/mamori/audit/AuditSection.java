package jp.mamori.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * The annual audit (第36条): the current fiscal year's self-checks answered of all, those still unanswered, and the
 * corrective actions of every audit not yet verified or carried over (第36条2), with those past their due date.
 * Four count queries and one lookup of the year's audit.
 */
@Component
class AuditSection implements DashboardSection {

  static final String ID = "audit";
  private static final List<String> SETTLED = List.of(FindingStatus.VERIFIED.name(),
      FindingStatus.CARRIED_OVER.name());
  private static final String SELF_CHECKS = " from audit_self_check s where s.audit_id = :audit";
  private static final String UNANSWERED = SELF_CHECKS + " and s.answered_at is null";
  private static final String ACTIONS = " from audit_finding f join audit_self_check s on s.id = f.self_check_id"
      + " join audit a on a.id = f.audit_id where f.status not in (:settled)";
  private static final String OVERDUE = ACTIONS + " and f.status = :open and f.action_due < :today";

  private final JdbcClient jdbc;
  private final Audits audits;
  private final AuditRepository auditRepository;
  private final StaffDirectory staff;
  private final DepartmentRepository departments;
  private final Clock clock;

  AuditSection(JdbcClient jdbc, Audits audits, AuditRepository auditRepository, StaffDirectory staff,
      DepartmentRepository departments, Clock clock) {
    this.jdbc = jdbc;
    this.audits = audits;
    this.auditRepository = auditRepository;
    this.staff = staff;
    this.departments = departments;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public String titleKey() {
    return "dashboard.audit.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.audit.note";
  }

  @Override
  public List<String> columns(Locale locale) {
    return List.of(Messages.text(locale, "dashboard.count"));
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    int year = audits.currentFiscalYear();
    Map<String, Object> audit = Map.of("audit", auditRepository.findByRegularYear(year).map(Audit::getId).orElse(-1L));
    long total = QueryList.count(jdbc, "select count(*)" + SELF_CHECKS, audit);
    long unanswered = QueryList.count(jdbc, "select count(*)" + UNANSWERED, audit);
    long open = QueryList.count(jdbc, "select count(*)" + ACTIONS, actions(false));
    long overdue = QueryList.count(jdbc, "select count(*)" + OVERDUE, actions(true));
    return List.of(
        new FigureRow(Messages.text(locale, "dashboard.audit.answered", String.valueOf(year)),
            List.of(new Figure(FigureId.of(ID, "selfChecks", null), total - unanswered, total,
                unanswered == 0 ? FigureState.OK : FigureState.WARN))),
        new FigureRow(Messages.text(locale, "dashboard.audit.unanswered", String.valueOf(year)),
            List.of(Figure.zeroIsOk(FigureId.of(ID, "unanswered", null), unanswered, FigureState.WARN))),
        new FigureRow(Messages.text(locale, "dashboard.audit.actionsOpen"),
            List.of(Figure.zeroIsOk(FigureId.of(ID, "actionsOpen", null), open, FigureState.WARN))),
        new FigureRow(Messages.text(locale, "dashboard.audit.actionsOverdue"),
            List.of(Figure.zeroIsOk(FigureId.of(ID, "actionsOverdue", null), overdue, FigureState.OVERDUE))));
  }

  private Map<String, Object> actions(boolean overdue) {
    return overdue ? Map.of("settled", SETTLED, "open", FindingStatus.OPEN.name(), "today", LocalDate.now(clock))
        : Map.of("settled", SETTLED);
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    int year = audits.currentFiscalYear();
    Map<String, Object> audit = Map.of("audit", auditRepository.findByRegularYear(year).map(Audit::getId).orElse(-1L));
    String kind = FigureId.parse(figureId).kind();
    String y = String.valueOf(year);
    return Optional.ofNullable(switch (kind) {
      case "selfChecks" -> selfChecks(Messages.text(locale, "dashboard.audit.answered", y), SELF_CHECKS, audit,
          locale);
      case "unanswered" -> selfChecks(Messages.text(locale, "dashboard.audit.unanswered", y), UNANSWERED, audit,
          locale);
      case "actionsOpen" -> actionList(Messages.text(locale, "dashboard.audit.actionsOpen"), ACTIONS, actions(false),
          locale);
      case "actionsOverdue" -> actionList(Messages.text(locale, "dashboard.audit.actionsOverdue"), OVERDUE,
          actions(true), locale);
      default -> null;
    });
  }

  private FigureList selfChecks(String title, String where, Map<String, Object> audit, Locale locale) {
    return new QueryList(jdbc, title, List.of(
        ListColumn.of(locale, "entry", "dashboard.col.entry"),
        ListColumn.of(locale, "department", "dashboard.col.department"),
        ListColumn.of(locale, "manager", "dashboard.col.manager"),
        ListColumn.of(locale, "answeredAt", "dashboard.col.answeredAt")),
        "select count(*)" + where, "select s.ledger_entry_id, s.entry_title, s.department_code,"
            + " s.information_manager, s.answered_at" + where + " order by s.department_code, s.entry_title, s.id",
        audit, (s, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          String department = s.getString("department_code");
          Instant answeredAt = UtcColumns.instant(s, "answered_at");
          row.put("entry", "No." + s.getLong("ledger_entry_id") + " " + s.getString("entry_title"));
          row.put("department", departments.nameOf(department, locale));
          row.put("manager", staff.displayName(s.getString("information_manager")));
          row.put("answeredAt", answeredAt == null ? Messages.text(locale, "dashboard.audit.notAnswered")
              : answeredAt);
          return row;
        });
  }

  private FigureList actionList(String title, String where, Map<String, Object> parameters, Locale locale) {
    boolean japanese = !"en".equals(locale.getLanguage());
    return new QueryList(jdbc, title, List.of(
        ListColumn.of(locale, "case", "tasks.col.case"),
        ListColumn.of(locale, "entry", "dashboard.col.entry"),
        ListColumn.of(locale, "item", "dashboard.col.item"),
        ListColumn.of(locale, "action", "dashboard.col.action"),
        ListColumn.of(locale, "owner", "dashboard.col.owner"),
        ListColumn.of(locale, "due", "tasks.col.due"),
        ListColumn.of(locale, "status", "dashboard.col.state")),
        "select count(*)" + where, "select a.case_key, s.ledger_entry_id, s.entry_title, f.item, f.action_text,"
            + " f.action_owner, f.action_due, f.status" + where + " order by f.action_due, f.id", parameters, (r, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          String owner = r.getString("action_owner");
          row.put("case", r.getString("case_key"));
          row.put("entry", "No." + r.getLong("ledger_entry_id") + " " + r.getString("entry_title"));
          row.put("item", CheckItem.of(r.getString("item")).label(japanese));
          row.put("action", r.getString("action_text"));
          row.put("owner", owner == null ? null : staff.displayName(owner));
          row.put("due", r.getObject("action_due", LocalDate.class));
          row.put("status", Messages.text(locale, "audit.finding." + r.getString("status")));
          return row;
        });
  }
}
