package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per procedure, and in all: where the regulation's work stands and where it is late.
 * Two count queries per procedure plus two for the total.
 */
@Component
class ProcedureTasksSection implements DashboardSection {

  static final String ID = "tasks";

  private final DashboardTasks tasks;

  ProcedureTasksSection(DashboardTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String titleKey() {
    return "dashboard.tasks.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.tasks.note";
  }

  @Override
  public List<String> columns(Locale locale) {
    return List.of(Messages.text(locale, "dashboard.open"), Messages.text(locale, "dashboard.overdue"));
  }

  @Override
  public ChartKind chart() {
    return ChartKind.BAR;
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    List<FigureRow> rows = new ArrayList<>();
    for (ProcessDefinition procedure : tasks.procedures()) {
      rows.add(row(DashboardTasks.nameOf(procedure), procedure.getKey(),
          () -> tasks.open().processDefinitionKey(procedure.getKey()), false));
    }
    rows.add(row(Messages.text(locale, "dashboard.total"), null, tasks::open, true));
    return rows;
  }

  private FigureRow row(String label, String key, Supplier<TaskQuery> open, boolean total) {
    return new FigureRow(label, List.of(
        Figure.of(FigureId.of(ID, "open", key), open.get().count(), FigureState.OK),
        Figure.zeroIsOk(FigureId.of(ID, "overdue", key), tasks.overdue(open.get()).count(), FigureState.OVERDUE)), total);
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    FigureId id = FigureId.parse(figureId);
    boolean overdue = id.kind().equals("overdue");
    if (!overdue && !id.kind().equals("open")) {
      return Optional.empty();
    }
    String label;
    Supplier<TaskQuery> open;
    if (id.argument() == null) {
      label = Messages.text(locale, "dashboard.total");
      open = tasks::open;
    } else {
      Optional<ProcessDefinition> procedure = tasks.procedures().stream()
          .filter(p -> p.getKey().equals(id.argument())).findFirst();
      if (procedure.isEmpty()) {
        return Optional.empty();
      }
      label = DashboardTasks.nameOf(procedure.get());
      open = () -> tasks.open().processDefinitionKey(id.argument());
    }
    String title = Messages.text(locale, overdue ? "dashboard.list.overdueTasks" : "dashboard.list.openTasks", label);
    return Optional.of(tasks.list(title, locale, overdue ? () -> tasks.overdue(open.get()) : open));
  }
}
