package jp.mamori.provision.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.stereotype.Component;

/**
 * Third-party provision on the dashboard (第26条): provisions recorded by basis, exceptions approved by the corporate
 * officer (3項), consents withdrawn in the past year (4項). Count queries; the lists read the records. No patient
 * number reaches the dashboard (need to know): its lists name cases, recipients and consent numbers only.
 */
@Component
class ProvisionSection implements DashboardSection {

  static final String ID = "provisions";
  private static final int LIST_MAX = 1000;

  private final ProvisionRecords records;
  private final ConsentRepository consents;
  private final Clock clock;

  ProvisionSection(ProvisionRecords records, ConsentRepository consents, Clock clock) {
    this.records = records;
    this.consents = consents;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 45;
  }

  @Override
  public String titleKey() {
    return "dashboard.provisions.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.provisions.note";
  }

  @Override
  public List<String> columns(Locale locale) {
    List<String> columns = new ArrayList<>();
    for (Basis basis : Basis.values()) {
      columns.add(Messages.text(locale, "dashboard.provisions." + basis));
    }
    columns.add(Messages.text(locale, "dashboard.provisions.approved"));
    columns.add(Messages.text(locale, "dashboard.provisions.withdrawn"));
    return columns;
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    List<Figure> figures = new ArrayList<>();
    for (Basis basis : Basis.values()) {
      figures.add(Figure.of(FigureId.of(ID, basis.name(), null), records.count(basis), FigureState.OK));
    }
    figures.add(Figure.of(FigureId.of(ID, "approved", null), records.exceptionsApproved(), FigureState.OK));
    figures.add(Figure.of(FigureId.of(ID, "withdrawn", null),
        consents.countByStatusAndWithdrawnAtGreaterThanEqual(ConsentStatus.WITHDRAWN, yearAgo()), FigureState.OK));
    return List.of(new FigureRow(Messages.text(locale, "dashboard.provisions.row"), figures));
  }

  private Instant yearAgo() {
    return clock.instant().minus(Duration.ofDays(365));
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    String kind = FigureId.parse(figureId).kind();
    if ("withdrawn".equals(kind)) {
      List<Map<String, Object>> rows = consents.findByStatusAndWithdrawnAtGreaterThanEqualOrderByWithdrawnAtDesc(
          ConsentStatus.WITHDRAWN, yearAgo()).stream().limit(LIST_MAX).map(ProvisionSection::consentRow).toList();
      return Optional.of(FigureList.ofRows(Messages.text(locale, "dashboard.provisions.withdrawn"), List.of(
          ListColumn.of(locale, "id", "consents.col.id"),
          ListColumn.of(locale, "recipient", "consents.col.recipient"),
          ListColumn.of(locale, "withdrawnAt", "consents.status.WITHDRAWN")), rows));
    }
    Basis basis = "approved".equals(kind) ? Basis.EXCEPTION : Basis.ofFormValue(kind);
    if (basis == null) {
      return Optional.empty();
    }
    List<Map<String, Object>> rows = records.ofBasis(basis).stream()
        .filter(r -> !"approved".equals(kind) || r.getApprovedBy() != null).limit(LIST_MAX)
        .map(r -> recordRow(r, locale)).toList();
    return Optional.of(FigureList.ofRows(Messages.text(locale, "approved".equals(kind)
        ? "dashboard.provisions.approved" : "dashboard.provisions." + basis), List.of(
        ListColumn.of(locale, "case", "provisions.col.case"),
        ListColumn.of(locale, "on", "provisions.col.on"),
        ListColumn.of(locale, "recipient", "provisions.col.recipient"),
        ListColumn.of(locale, "basis", "provisions.col.basis"),
        ListColumn.of(locale, "status", "provisions.col.status")), rows));
  }

  private static Map<String, Object> recordRow(ProvisionRecord record, Locale locale) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case", record.getCaseKey());
    row.put("on", record.getProvidedOn());
    row.put("recipient", record.getRecipient());
    row.put("basis", Messages.text(locale, "provision.basis." + record.getBasis())
        + (record.getExceptionGround() == null ? "" : " " + Messages.text(locale, "provision.ground."
        + record.getExceptionGround())));
    row.put("status", Messages.text(locale, "provisions.status." + record.getStatus()));
    return row;
  }

  private static Map<String, Object> consentRow(Consent consent) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", consent.getId());
    row.put("recipient", consent.getRecipient());
    row.put("withdrawnAt", consent.getWithdrawnAt());
    return row;
  }
}
