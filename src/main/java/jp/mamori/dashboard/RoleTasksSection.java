package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import jp.mamori.organization.Role;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per role (第3–6条: who is behind), claimed or not, and the tasks given to a person by name
 * with no role (a ledger entry's information manager, a corrective action's owner). Two count queries per row.
 */
@Component
class RoleTasksSection implements DashboardSection {

  static final String ID = "roles";
  /** The row of tasks given to a person without a candidate role. */
  static final String PERSONAL = "personal";

  private final DashboardTasks tasks;

  RoleTasksSection(DashboardTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String titleKey() {
    return "dashboard.roles.title";
  }

  @Override
  public String noteKey() {
    return "dashboard.roles.note";
  }

  @Override
  public List<String> columns(Locale locale) {
    return List.of(Messages.text(locale, "dashboard.open"), Messages.text(locale, "dashboard.overdue"));
  }

  @Override
  public List<FigureRow> rows(Locale locale) {
    List<FigureRow> rows = new ArrayList<>();
    for (Role role : staffRoles()) {
      rows.add(row(name(role, locale), role.groupId(), query(role.groupId()).orElseThrow()));
    }
    rows.add(row(Messages.text(locale, "dashboard.roles.personal"), PERSONAL, query(PERSONAL).orElseThrow()));
    return rows;
  }

  private FigureRow row(String label, String argument, Supplier<TaskQuery> open) {
    return new FigureRow(label, List.of(
        Figure.of(FigureId.of(ID, "open", argument), open.get().count(), FigureState.OK),
        Figure.zeroIsOk(FigureId.of(ID, "overdue", argument), tasks.overdue(open.get()).count(),
            FigureState.OVERDUE)));
  }

  /** A role's tasks, claimed or not; or the personal ones. Empty for anything else. */
  private Optional<Supplier<TaskQuery>> query(String argument) {
    if (PERSONAL.equals(argument)) {
      return Optional.of(() -> tasks.open().withoutCandidateGroups().includeAssignedTasks());
    }
    return staffRoles().stream().filter(r -> r.groupId().equals(argument)).findFirst()
        .map(r -> () -> tasks.open().taskCandidateGroup(r.groupId()).includeAssignedTasks());
  }

  @Override
  public Optional<FigureList> list(String figureId, Locale locale) {
    FigureId id = FigureId.parse(figureId);
    boolean overdue = id.kind().equals("overdue");
    if (!overdue && !id.kind().equals("open")) {
      return Optional.empty();
    }
    return query(id.argument()).map(open -> {
      String label = PERSONAL.equals(id.argument()) ? Messages.text(locale, "dashboard.roles.personal")
          : name(Role.ofGroupId(id.argument()).orElseThrow(), locale);
      String title = Messages.text(locale, overdue ? "dashboard.list.overdueTasks" : "dashboard.list.openTasks",
          label);
      return tasks.list(title, locale, overdue ? () -> tasks.overdue(open.get()) : open);
    });
  }

  private static List<Role> staffRoles() {
    return Arrays.stream(Role.values()).filter(Role::isStaffRole).toList();
  }

  private static String name(Role role, Locale locale) {
    return "en".equals(locale.getLanguage()) ? role.nameEn() : role.nameJa();
  }
}
