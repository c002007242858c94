package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.organization.Role;
import jp.mamori.organization.RoleTitles;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per role (第3–6条: who is behind), claimed or not, and the tasks given to a person by name
 * with no role (a ledger entry's information manager, a corrective action's owner). Two count queries per row.
 */
@Component
class RoleTasksSection extends TaskCountSection {

  static final String ID = "roles";
  /** The row of tasks given to a person without a candidate role. */
  static final String PERSONAL = "personal";

  private final RoleTitles titles;

  RoleTasksSection(DashboardTasks tasks, RoleTitles titles) {
    super(tasks);
    this.titles = titles;
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
  List<Line> lines(Locale locale) {
    List<Line> lines = new ArrayList<>(staffRoles().stream().map(r -> line(r, locale)).toList());
    lines.add(personal(locale));
    return lines;
  }

  @Override
  Optional<Line> line(String argument, Locale locale) {
    if (PERSONAL.equals(argument)) {
      return Optional.of(personal(locale));
    }
    return staffRoles().stream().filter(r -> r.groupId().equals(argument)).findFirst().map(r -> line(r, locale));
  }

  /** A role's tasks, claimed or not. */
  private Line line(Role role, Locale locale) {
    String name = titles.title(role, locale);
    return new Line(name, role.groupId(),
        () -> tasks.ofRole(role.groupId()), false);
  }

  private Line personal(Locale locale) {
    return new Line(Messages.text(locale, "dashboard.roles.personal"), PERSONAL,
        tasks::ofNoRole, false);
  }

  private static List<Role> staffRoles() {
    return Arrays.stream(Role.values()).filter(Role::isStaffRole).toList();
  }
}
