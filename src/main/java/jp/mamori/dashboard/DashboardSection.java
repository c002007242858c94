package jp.mamori.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One part of the dashboard, contributed by a capability as a Spring bean: a heading, a table of figures (rows of
 * figures under common column headers), and the rows behind each figure for its list page and export. The dashboard
 * shows every section bean there is, in {@link #order()}, and nothing for a capability that has none.
 *
 * <p>A figure's id starts with the section's {@link #id()} and a dot ({@code tasks.open:newPurposeAcquisition});
 * the list page asks the section with that prefix for the rows behind it ({@link #list}). Figures are computed on
 * every view of the dashboard: compute them with count queries, never by loading rows (docs/dashboard.md).
 *
 * <p>Sections read as the application, not as the viewer's engine identity: being allowed to open the dashboard
 * (the URL rule in SecurityConfiguration) is the authorization to see its figures and lists.
 */
public interface DashboardSection {

  /** Unique, technical; the prefix of this section's figure ids. */
  String id();

  /** Place on the page, low first. */
  int order();

  /** Message key of the section's heading. */
  String titleKey();

  /** Message key of the line under the heading (what it shows, which article it serves), or null. */
  default String noteKey() {
    return null;
  }

  /** The headers of the figure columns, in the given language. */
  List<String> columns(Locale locale);

  /** The figures, computed now; a row's cells line up with {@link #columns}. */
  List<FigureRow> rows(Locale locale);

  /** How the dashboard charts the rows, if at all. */
  default ChartKind chart() {
    return ChartKind.NONE;
  }

  /** The rows behind one of this section's figures, or empty for an id it does not know. */
  Optional<FigureList> list(String figureId, Locale locale);
}
