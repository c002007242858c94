package jp.mamori.outsourcing.registry;

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
 * Contractors' periodic checks (第25条3) coming due within 30 days, and those overdue. Contracts in force are few,
 * so the checks due are read once per view.
 */
@Component
class ContractorCheckSection implements DashboardSection {

  static final String ID = "contractorChecks";
  private static final Map<String, Predicate<CheckDue>> KINDS = Map.of(
      "due", c -> !c.overdue(),
      "overdue", CheckDue::overdue);

  private final Contractors contractors;

  ContractorCheckSection(Contractors contractors) {
    this.contractors = contractors;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 35;
  }

  @Override
  public String titleKey() {
    return "dashboard.contractorChecks.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.contractorChecks.note";
  }

  @Override
  public List<String> columns(Locale locale) {
    return List.of(Messages.text(locale, "dashboard.contractorChecks.due"),
        Messages.text(locale, "dashboard.contractorChecks.overdue"));
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    List<CheckDue> due = contractors.checksDue();
    long overdue = due.stream().filter(CheckDue::overdue).count();
    return List.of(new FigureRow(Messages.text(locale, "dashboard.contractorChecks.row"), List.of(
        Figure.of(FigureId.of(ID, "due", null), due.size() - overdue, FigureState.OK),
        Figure.zeroIsOk(FigureId.of(ID, "overdue", null), overdue, FigureState.OVERDUE))));
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    String kind = FigureId.parse(figureId).kind();
    Predicate<CheckDue> filter = KINDS.get(kind);
    if (filter == null) {
      return Optional.empty();
    }
    List<Map<String, Object>> rows = contractors.checksDue().stream().filter(filter).map(ContractorCheckSection::row)
        .toList();
    return Optional.of(FigureList.ofRows(Messages.text(locale, "dashboard.contractorChecks." + kind), List.of(
        ListColumn.of(locale, "contract", "dashboard.col.contract"),
        ListColumn.of(locale, "contractor", "dashboard.col.contractor"),
        ListColumn.of(locale, "opens", "dashboard.col.checkOpens"),
        ListColumn.of(locale, "due", "dashboard.col.checkDue")), rows));
  }

  private static Map<String, Object> row(CheckDue check) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("contract", check.contractKey());
    row.put("contractor", check.contractorName());
    row.put("opens", check.opensOn());
    row.put("due", check.dueOn());
    return row;
  }
}
