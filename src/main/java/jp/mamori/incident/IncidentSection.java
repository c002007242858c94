package jp.mamori.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import jp.mamori.dashboard.DashboardSection;
import jp.mamori.dashboard.Figure;
import jp.mamori.dashboard.FigureId;
import jp.mamori.dashboard.FigureList;
import jp.mamori.dashboard.FigureRow;
import jp.mamori.dashboard.FigureState;
import jp.mamori.dashboard.ListColumn;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Leak incidents still open and their deadlines for the reports to the Personal Information Protection Commission
 * (第34–35条; APPI). A hospital has a handful of open incidents at most, so they are read once per view.
 */
@Component
class IncidentSection implements DashboardSection {

  static final String ID = "incidents";
  private static final Map<String, Predicate<OpenIncident>> KINDS = Map.of(
      "open", i -> true,
      "preliminaryOverdue", OpenIncident::preliminaryOverdue,
      "finalOverdue", OpenIncident::finalOverdue);

  private final Incidents incidents;

  IncidentSection(Incidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 5;
  }

  @Override
  public String titleKey() {
    return "dashboard.incidents.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.incidents.note";
  }

  @Override
  public List<String> columns(Locale locale) {
    return List.of(Messages.text(locale, "dashboard.incidents.open"),
        Messages.text(locale, "dashboard.incidents.preliminaryOverdue"),
        Messages.text(locale, "dashboard.incidents.finalOverdue"));
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    List<OpenIncident> open = incidents.open();
    return List.of(new FigureRow(Messages.text(locale, "dashboard.incidents.row"), List.of(
        Figure.zeroIsOk(FigureId.of(ID, "open", null), open.size(), FigureState.WARN),
        Figure.zeroIsOk(FigureId.of(ID, "preliminaryOverdue", null), count(open, "preliminaryOverdue"),
            FigureState.OVERDUE),
        Figure.zeroIsOk(FigureId.of(ID, "finalOverdue", null), count(open, "finalOverdue"), FigureState.OVERDUE))));
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    Predicate<OpenIncident> kind = KINDS.get(FigureId.parse(figureId).kind());
    if (kind == null) {
      return Optional.empty();
    }
    List<Map<String, Object>> rows = incidents.open().stream().filter(kind).map(i -> row(i, locale)).toList();
    return Optional.of(FigureList.ofRows(Messages.text(locale, "dashboard.incidents." + FigureId.parse(figureId)
        .kind()), List.of(
            ListColumn.of(locale, "case", "incident.col.case"),
            ListColumn.of(locale, "status", "incident.col.status"),
            ListColumn.of(locale, "aware", "incident.col.aware"),
            ListColumn.of(locale, "preliminary", "incident.col.preliminary"),
            ListColumn.of(locale, "final", "incident.col.final"),
            ListColumn.of(locale, "overdue", "dashboard.col.dueState")), rows));
  }

  private static long count(List<OpenIncident> open, String kind) {
    return open.stream().filter(KINDS.get(kind)).count();
  }

  private static Map<String, Object> row(OpenIncident incident, Locale locale) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case", incident.caseKey());
    row.put("status", Messages.text(locale, "incident.status." + incident.status().name()));
    row.put("aware", incident.awareAt());
    row.put("preliminary", incident.preliminaryDueAt());
    row.put("final", incident.finalDueAt());
    row.put("overdue", Messages.text(locale, incident.overdue() ? "dashboard.incidents.deadlinePassed" : "dashboard.incidents.onTime"));
    return row;
  }
}
