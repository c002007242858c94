package jp.mamori.request;

import java.time.Clock;
import java.time.ZoneId;
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
import jp.mamori.web.Messages;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The dashboard's patients' requests: how many are open and how many are past their decision deadline (第19条2).
 * The lists name the case, kind, status and due date — never the patient.
 */
@Component
class RequestSection implements DashboardSection {

  static final String ID = "patientRequests";

  private final PatientRequestRepository repository;
  private final Clock clock;

  RequestSection(PatientRequestRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 37;
  }

  @Override
  public String titleKey() {
    return "dashboard.requests.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.requests.note";
  }

  @Override
  public List<String> columns(Locale locale) {
    return List.of(Messages.text(locale, "dashboard.requests.open"),
        Messages.text(locale, "dashboard.requests.overdue"));
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    EnumSet<RequestStatus> open = RequestStatus.open();
    long openCount = repository.countByStatusIn(open);
    long overdue = repository.countByStatusInAndDueAtBefore(open, clock.instant());
    return List.of(new FigureRow(Messages.text(locale, "dashboard.requests.row"), List.of(
        Figure.of(FigureId.of(ID, "open", null), openCount, FigureState.OK),
        Figure.zeroIsOk(FigureId.of(ID, "overdue", null), overdue, FigureState.OVERDUE))));
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    String kind = FigureId.parse(figureId).kind();
    if (!"open".equals(kind) && !"overdue".equals(kind)) {
      return Optional.empty();
    }
    List<Map<String, Object>> rows = repository.listed(true, Sort.by("dueAt")).stream()
        .filter(r -> "open".equals(kind) || r.isOverdue(clock.instant())).map(r -> row(r, locale)).toList();
    return Optional.of(FigureList.ofRows(Messages.text(locale, "dashboard.requests." + kind), List.of(
        ListColumn.of(locale, "case", "requests.col.case"),
        ListColumn.of(locale, "kind", "requests.col.kind"),
        ListColumn.of(locale, "status", "requests.col.status"),
        ListColumn.of(locale, "due", "requests.col.due")), rows));
  }

  private static Map<String, Object> row(PatientRequest r, Locale locale) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case", r.getCaseKey());
    row.put("kind", Messages.text(locale, r.getKind().labelKey()));
    row.put("status", Messages.text(locale, r.getStatus().labelKey()));
    row.put("due", r.getDueAt().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate());
    return row;
  }
}
