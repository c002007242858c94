package jp.mamori.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import jp.mamori.web.Messages;
import jp.mamori.tasks.TaskCriteria;

/**
 * A table of open and overdue tasks, one row per group of tasks (a procedure, a role): two count queries per row,
 * and the list behind each figure from the same criteria.
 */
abstract class TaskCountSection implements DashboardSection {

  /** A row: its label, the argument of its figure ids (null for the total), its open tasks. */
  record Line(String label, String argument, Supplier<TaskCriteria> open, boolean total) {}

  protected final DashboardTasks tasks;

  TaskCountSection(DashboardTasks tasks) {
    this.tasks = tasks;
  }

  /** Every row, in order. */
  abstract List<Line> lines(Locale locale);

  /** The row of a figure id's argument, or empty for one this section does not have. */
  abstract Optional<Line> line(String argument, Locale locale);

  @Override
  public List<String> columns(Locale locale) {
    return List.of(Messages.text(locale, "dashboard.open"), Messages.text(locale, "dashboard.overdue"));
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    return lines(locale).stream().map(l -> new FigureRow(l.label(), List.of(
        Figure.of(FigureId.of(id(), "open", l.argument()), l.open().get().count(), FigureState.OK),
        Figure.zeroIsOk(FigureId.of(id(), "overdue", l.argument()), tasks.overdue(l.open().get()).count(),
            FigureState.OVERDUE)), l.total())).toList();
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    FigureId id = FigureId.parse(figureId);
    boolean overdue = id.kind().equals("overdue");
    if (!overdue && !id.kind().equals("open")) {
      return Optional.empty();
    }
    return line(id.argument(), locale).map(l -> tasks.list(
        Messages.text(locale, overdue ? "dashboard.list.overdueTasks" : "dashboard.list.openTasks", l.label()),
        locale, overdue ? () -> tasks.overdue(l.open().get()) : l.open()));
  }
}
