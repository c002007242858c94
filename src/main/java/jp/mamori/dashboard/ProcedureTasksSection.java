package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per procedure, and in all: where the regulation's work stands and where it is late.
 * Two count queries per procedure plus two for the total.
 */
@Component
class ProcedureTasksSection extends TaskCountSection {

  static final String ID = "tasks";

  ProcedureTasksSection(DashboardTasks tasks) {
    super(tasks);
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
  public ChartKind chart() {
    return ChartKind.BAR;
  }

  @Override
  List<Line> lines(Locale locale) {
    List<Line> lines = new ArrayList<>(tasks.procedures().stream().map(this::line).toList());
    lines.add(total(locale));
    return lines;
  }

  @Override
  Optional<Line> line(String argument, Locale locale) {
    return argument == null ? Optional.of(total(locale))
        : tasks.procedures().stream().filter(p -> p.getKey().equals(argument)).findFirst().map(this::line);
  }

  private Line line(ProcessDefinition procedure) {
    return new Line(DashboardTasks.nameOf(procedure), procedure.getKey(),
        () -> tasks.ofProcedure(procedure.getKey()), false);
  }

  private Line total(Locale locale) {
    return new Line(Messages.text(locale, "dashboard.total"), null, tasks::open, true);
  }
}
