package jp.mamori.dashboard;

import java.io.Serializable;
import java.util.List;

/** A section as the dashboard shows it: computed once per page view. */
public record SectionFigures(String id, String titleKey, String noteKey, List<String> columns, List<FigureRow> rows,
    ChartKind chart, boolean failed) implements Serializable {

  /** A line chart of several rows draws one at a time, chosen on the page (issue #17 item 12). */
  public boolean isSeriesChosen() {
    return isCharted() && chart == ChartKind.LINE && getSeries().size() > 1;
  }

  /** The rows a line chart can draw, by their labels. */
  public List<String> getSeries() {
    return rows.stream().filter(r -> !r.summary()).map(FigureRow::label).toList();
  }

  public boolean isCharted() {
    return chart != ChartKind.NONE && !failed && rows.stream().anyMatch(r -> !r.summary());
  }
}
