package jp.mamori.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
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
 * The annual audit (第36条): the current fiscal year's self-checks answered of all, those still unanswered, and the
 * corrective actions of every audit not yet verified or carried over (第36条2), with those past their due date.
 * Four count queries and one lookup of the year's audit.
 */
@Component
class AuditSection implements DashboardSection {

  static final String ID = "audit";
  private static final EnumSet<FindingStatus> SETTLED = EnumSet.of(FindingStatus.VERIFIED, FindingStatus.CARRIED_OVER);
  private static final String SELF_CHECKS = " from SelfCheck s where s.auditId = :audit";
  private static final String UNANSWERED = SELF_CHECKS + " and s.answeredAt is null";
  private static final String ACTIONS = " from Finding f, SelfCheck s, Audit a where s.id = f.selfCheckId"
      + " and a.id = f.auditId and f.status not in :settled";
  private static final String OVERDUE = ACTIONS + " and f.status = :open and f.actionDue < :today";

  @PersistenceContext
  private EntityManager em;
  private final Audits audits;
  private final AuditRepository auditRepository;
  private final StaffDirectory staff;
  private final DepartmentRepository departments;
  private final Clock clock;

  AuditSection(Audits audits, AuditRepository auditRepository, StaffDirectory staff, DepartmentRepository departments,
      Clock clock) {
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
    long total = QueryList.count(em, "select count(s)" + SELF_CHECKS, audit);
    long unanswered = QueryList.count(em, "select count(s)" + UNANSWERED, audit);
    long open = QueryList.count(em, "select count(f)" + ACTIONS, actions(false));
    long overdue = QueryList.count(em, "select count(f)" + OVERDUE, actions(true));
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
    return overdue ? Map.of("settled", SETTLED, "open", FindingStatus.OPEN, "today", LocalDate.now(clock))
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
    return new QueryList<>(em, title, List.of(
        ListColumn.of(locale, "entry", "dashboard.col.entry"),
        ListColumn.of(locale, "department", "dashboard.col.department"),
        ListColumn.of(locale, "manager", "dashboard.col.manager"),
        ListColumn.of(locale, "answeredAt", "dashboard.col.answeredAt")),
        "select count(s)" + where, "select s" + where + " order by s.departmentCode, s.entryTitle, s.id",
        SelfCheck.class, audit, s -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("entry", "No." + s.getLedgerEntryId() + " " + s.getEntryTitle());
          row.put("department", departments.findByCode(s.getDepartmentCode()).map(d -> d.name(locale))
              .orElse(s.getDepartmentCode()));
          row.put("manager", staff.displayName(s.getInformationManager()));
          row.put("answeredAt", s.getAnsweredAt() == null ? Messages.text(locale, "dashboard.audit.notAnswered")
              : s.getAnsweredAt());
          return row;
        });
  }

  private FigureList actionList(String title, String where, Map<String, Object> parameters, Locale locale) {
    boolean japanese = !"en".equals(locale.getLanguage());
    return new QueryList<>(em, title, List.of(
        ListColumn.of(locale, "case", "tasks.col.case"),
        ListColumn.of(locale, "entry", "dashboard.col.entry"),
        ListColumn.of(locale, "item", "dashboard.col.item"),
        ListColumn.of(locale, "action", "dashboard.col.action"),
        ListColumn.of(locale, "owner", "dashboard.col.owner"),
        ListColumn.of(locale, "due", "tasks.col.due"),
        ListColumn.of(locale, "status", "dashboard.col.state")),
        "select count(f)" + where, "select f, s, a" + where + " order by f.actionDue, f.id", Object[].class,
        parameters, r -> {
          Finding f = (Finding) r[0];
          SelfCheck s = (SelfCheck) r[1];
          Audit a = (Audit) r[2];
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("case", a.getCaseKey());
          row.put("entry", "No." + s.getLedgerEntryId() + " " + s.getEntryTitle());
          row.put("item", CheckItem.of(f.getItem()).label(japanese));
          row.put("action", f.getActionText());
          row.put("owner", f.getActionOwner() == null ? null : staff.displayName(f.getActionOwner()));
          row.put("due", f.getActionDue());
          row.put("status", Messages.text(locale, "audit.finding." + f.getStatus()));
          return row;
        });
  }
}
