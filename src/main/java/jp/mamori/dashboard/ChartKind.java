package jp.mamori.dashboard;

/**
 * How a section's table becomes a chart: BAR has a bar group per row and a colour per column (open and overdue
 * per procedure); LINE has a line per row over the columns (cases per month).
 */
public enum ChartKind {
  NONE, BAR, LINE
}
