package jp.mamori.dashboard;

import java.io.Serializable;

/**
 * One number on the dashboard and the list behind it ({@code id}, see {@link DashboardSection}).
 *
 * @param total when set, the figure reads "value / total" (e.g. self-checks answered of all)
 */
public record Figure(String id, long value, Long total, FigureState state) implements Serializable {

  public static Figure of(String id, long value, FigureState state) {
    return new Figure(id, value, null, state);
  }

  /** OK at zero, else the given state: for things that should not be waiting (pending, overdue). */
  public static Figure zeroIsOk(String id, long value, FigureState otherwise) {
    return new Figure(id, value, null, value == 0 ? FigureState.OK : otherwise);
  }

  public String getStyleClass() {
    return "figure-" + state.name().toLowerCase();
  }
}
