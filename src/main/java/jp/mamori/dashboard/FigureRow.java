package jp.mamori.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * One row of a section's table: its label and one figure per column (null where the column does not apply). A
 * summary row (a total) is shown in bold and left out of the chart.
 */
public record FigureRow(String label, List<Figure> figures, boolean summary) implements Serializable {

  public FigureRow(String label, List<Figure> figures) {
    this(label, figures, false);
  }
}
