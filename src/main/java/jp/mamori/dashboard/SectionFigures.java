package jp.mamori.dashboard;

import java.io.Serializable;
import java.util.List;

/** A section as the dashboard shows it: computed once per page view. */
public record SectionFigures(String id, String titleKey, String noteKey, List<String> columns, List<FigureRow> rows,
    ChartKind chart, boolean failed) implements Serializable {

  public boolean isCharted() {
    return chart != ChartKind.NONE && !failed && rows.stream().anyMatch(r -> !r.summary());
  }
}
