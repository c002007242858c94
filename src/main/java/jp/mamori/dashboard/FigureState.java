package jp.mamori.dashboard;

/** How a figure looks: nothing to act on, something waiting, or a deadline passed. */
public enum FigureState {
  OK, WARN, OVERDUE
}
