package jp.mamori.dashboard;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.DashboardAccess;
import jp.mamori.tasks.TaskLazyModel;
import jp.mamori.web.LocaleSelection;
import org.springframework.stereotype.Component;

/**
 * Backs dashboard-list.xhtml: the rows behind one figure ({@code ?figure=}), paged in the database, and their CSV
 * and Excel export. Dates read in the user's language (2026年11月22日 in Japanese), numbers with grouping.
 */
@Component
@ViewScoped
public class DashboardListView implements Serializable {

  private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);
  private static final DateTimeFormatter JA_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("MMM d, uuuu HH:mm", Locale.ENGLISH);

  private final transient Dashboard dashboard;
  private final transient CurrentUser currentUser;
  private final transient LocaleSelection localeSelection;
  private final transient Clock clock;
  private String figure;
  private transient Optional<FigureList> list;
  private Locale listedIn;
  private transient FigureLazyModel model;

  DashboardListView(Dashboard dashboard, CurrentUser currentUser, LocaleSelection localeSelection, Clock clock) {
    this.dashboard = dashboard;
    this.currentUser = currentUser;
    this.localeSelection = localeSelection;
    this.clock = clock;
  }

  public String getFigure() {
    return figure;
  }

  public void setFigure(String figure) {
    if (figure != null && !figure.equals(this.figure)) {
      this.figure = figure;
      this.list = null;
      this.model = null;
    }
  }

  private Optional<FigureList> list() {
    if (list == null || !locale().equals(listedIn)) {
      // read again after a language switch: titles, headers and labels are in the list's language
      listedIn = locale();
      model = null;
      // the URL rule guards the page; this guards the rows whatever path reaches the view
      list = DashboardAccess.mayView(currentUser.groupIds()) && figure != null
          ? dashboard.list(figure, locale()) : Optional.empty();
    }
    return list;
  }

  public boolean isFound() {
    return list().isPresent();
  }

  public String getTitle() {
    return list().map(FigureList::title).orElse("");
  }

  public List<ListColumn> getColumns() {
    return list().map(FigureList::columns).orElse(List.of());
  }

  public FigureLazyModel getModel() {
    Optional<FigureList> current = list();
    if (model == null && current.isPresent()) {
      model = new FigureLazyModel(current.get());
    }
    return model;
  }

  /** The paginator's report: the count, or 「1,000件以上」 when the count stopped at its cap (ADR 0041). */
  public String getPageReport() {
    FigureLazyModel current = getModel();
    return current == null ? "" : TaskLazyModel.pageReport(current.isCapped(), current.getRowCount(), locale());
  }

  /** A file name from the figure id: letters, digits and hyphens only. */
  public String getFileName() {
    return "mamori-" + (figure == null ? "list" : figure.replaceAll("[^A-Za-z0-9-]+", "-"));
  }

  /** A cell as the page shows it. */
  public String text(Object value) {
    return format(value, locale(), clock.getZone());
  }

  /** Dates in the language's own form (2026年11月22日 17:05 in Japanese), numbers with grouping. */
  static String format(Object value, Locale locale, ZoneId zone) {
    boolean english = "en".equals(locale.getLanguage());
    if (value == null) {
      return "";
    }
    if (value instanceof Date date) {
      value = date.toInstant();
    }
    if (value instanceof Instant instant) {
      return (english ? EN_TIME : JA_TIME).format(instant.atZone(zone));
    }
    if (value instanceof LocalDate date) {
      return (english ? EN_DATE : JA_DATE).format(date);
    }
    if (value instanceof Number number) {
      return NumberFormat.getIntegerInstance(locale).format(number);
    }
    return value.toString();
  }

  /**
   * A cell as the export writes it: as shown, with a leading =, +, - or @ defused so that a spreadsheet never runs
   * text someone typed (a purpose, a task name) as a formula.
   */
  public String exportText(Object value) {
    String text = text(value);
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** The export about to run is Excel's (the buttons' action listeners say so before the exporter runs). */
  private boolean excel;

  public void exportingExcel() {
    excel = true;
  }

  public void exportingCsv() {
    excel = false;
  }

  /**
   * A cell as the export writes it (issue #17 item 12): in Excel a date is a date cell (the wall-clock time in the
   * hospital's zone) and a number a number; in CSV, and for text, {@link #exportText}.
   */
  public Object exportValue(Object value) {
    if (excel) {
      if (value instanceof Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
      }
      if (value instanceof Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
      }
      if (value instanceof LocalDate || value instanceof Number) {
        return value;
      }
    }
    return exportText(value);
  }

  private Locale locale() {
    return localeSelection.getLocale();
  }
}
