package jp.mamori.dashboard;

import jp.mamori.process.ModelLabels;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Cases started and completed per procedure and month over the last 12 months, from the engine's history: one count
 * query per procedure, month and measure ({@link CasesInPeriod}, one index range each), and two one-row queries per
 * procedure to leave out those without any case in the window.
 *
 * <p>A month that has ended does not change any more (a case's start and end times are written when they happen),
 * so its counts are kept for the day: after the first view, a view counts only the current month. The kept counts
 * are dropped each day, so history removed in the meantime (history cleanup, a deletion in Cockpit) shows the next
 * day at the latest.
 */
@Component
class TrendSection implements DashboardSection {

  static final String ID = "trends";
  static final int MONTHS = 12;
  private static final DateTimeFormatter MONTH_ID = DateTimeFormatter.ofPattern("uuuu-MM");

  private final HistoryService historyService;
  private final ManagementService managementService;
  private final DashboardTasks tasks;
  private final StaffDirectory staff;
  private final Clock clock;
  private final Map<String, Long> closedMonths = new ConcurrentHashMap<>();
  private volatile LocalDate keptOn;

  TrendSection(HistoryService historyService, ManagementService managementService, DashboardTasks tasks,
      StaffDirectory staff, Clock clock) {
    this.historyService = historyService;
    this.managementService = managementService;
    this.tasks = tasks;
    this.staff = staff;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public String titleKey() {
    return "dashboard.trends.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.trends.note";
  }

  @Override
  public ChartKind chart() {
    return ChartKind.LINE;
  }

  /** The last 12 months, this one last. */
  List<YearMonth> months() {
    YearMonth now = YearMonth.now(clock);
    return IntStream.range(0, MONTHS).mapToObj(i -> now.minusMonths(MONTHS - 1 - i)).toList();
  }

  @Override
  public List<String> columns(Locale locale) {
    List<YearMonth> months = months();
    boolean english = "en".equals(locale.getLanguage());
    return IntStream.range(0, months.size()).mapToObj(i -> {
      YearMonth m = months.get(i);
      boolean withYear = i == 0 || m.getMonthValue() == 1;
      return english ? m.format(DateTimeFormatter.ofPattern(withYear ? "MMM uuuu" : "MMM", Locale.ENGLISH))
          : (withYear ? m.getYear() + "年" : "") + m.getMonthValue() + "月";
    }).toList();
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    List<YearMonth> months = months();
    Date windowStart = start(months.get(0));
    List<FigureRow> rows = new ArrayList<>();
    for (ProcessDefinition procedure : tasks.procedures()) {
      String key = procedure.getKey();
      // one row at most, not a count: only whether the procedure had any case in the window
      if (CasesInPeriod.started(historyService, managementService, key, windowStart, null).isEmpty()
          && CasesInPeriod.completed(historyService, managementService, key, windowStart, null).isEmpty()) {
        continue;
      }
      String name = DashboardTasks.nameOf(procedure);
      for (String measure : List.of("started", "completed")) {
        List<Figure> figures = months.stream().map(m -> Figure.of(
            FigureId.of(ID, measure, key + ":" + m.format(MONTH_ID)), count(key, measure, m), FigureState.OK)).toList();
        rows.add(new FigureRow(Messages.text(locale, "dashboard.trends." + measure, name), figures));
      }
    }
    return rows;
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    FigureId id = FigureId.parse(figureId);
    if (!(id.kind().equals("started") || id.kind().equals("completed")) || id.argument() == null
        || id.argument().lastIndexOf(':') < 0) {
      return Optional.empty();
    }
    String key = id.argument().substring(0, id.argument().lastIndexOf(':'));
    YearMonth month;
    try {
      month = YearMonth.parse(id.argument().substring(key.length() + 1), MONTH_ID);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return tasks.procedures().stream().filter(p -> p.getKey().equals(key)).findFirst().map(procedure -> {
      String monthText = "en".equals(locale.getLanguage())
          ? month.format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH))
          : month.getYear() + "年" + month.getMonthValue() + "月";
      String title = Messages.text(locale, "dashboard.list." + id.kind(), DashboardTasks.nameOf(procedure),
          monthText);
      return cases(title, locale, procedure, query(key, id.kind(), month));
    });
  }

  /** A month's count: from the engine for this month, kept for the day for a month that has ended. */
  private long count(String key, String measure, YearMonth month) {
    if (!month.isBefore(YearMonth.now(clock))) {
      return query(key, measure, month).count();
    }
    LocalDate today = LocalDate.now(clock);
    if (!today.equals(keptOn)) {
      closedMonths.clear();
      keptOn = today;
    }
    return closedMonths.computeIfAbsent(FigureId.of(ID, measure, key + ":" + month.format(MONTH_ID)),
        k -> query(key, measure, month).count());
  }

  private CasesInPeriod query(String key, String measure, YearMonth month) {
    // inclusive bounds, as the engine's: the month ends a millisecond before the next one starts
    Date from = start(month);
    Date to = new Date(start(month.plusMonths(1)).getTime() - 1);
    return measure.equals("started") ? CasesInPeriod.started(historyService, managementService, key, from, to)
        : CasesInPeriod.completed(historyService, managementService, key, from, to);
  }

  private Date start(YearMonth month) {
    ZoneId zone = clock.getZone();
    return Date.from(month.atDay(1).atStartOfDay(zone).toInstant());
  }

  private FigureList cases(String title, Locale locale, ProcessDefinition procedure, CasesInPeriod cases) {
    return FigureList.of(title, List.of(ListColumn.of(locale, "case", "tasks.col.case"),
        ListColumn.of(locale, "procedure", "tasks.col.procedure"),
        ListColumn.of(locale, "startedBy", "dashboard.col.startedBy"),
        ListColumn.of(locale, "started", "dashboard.col.started"),
        ListColumn.of(locale, "ended", "dashboard.col.ended"),
        ListColumn.of(locale, "state", "dashboard.col.state")),
        cases::count, cases::countUpTo,
        (first, max) -> cases.page(first, max).stream().map(p -> row(p, procedure, locale)).toList());
  }

  private Map<String, Object> row(HistoricProcessInstance p, ProcessDefinition procedure, Locale locale) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case", p.getBusinessKey());
    // a native query reads no definition: the list's procedure gives the name
    row.put("procedure", ModelLabels.procedure(locale, procedure.getKey(), procedure.getName()));
    row.put("startedBy", p.getStartUserId() == null ? null : staff.displayName(p.getStartUserId()));
    row.put("started", p.getStartTime());
    row.put("ended", p.getEndTime());
    row.put("state", Messages.text(locale, "dashboard.state." + p.getState()));
    return row;
  }
}
