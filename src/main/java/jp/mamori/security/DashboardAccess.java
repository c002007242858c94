package jp.mamori.security;

import java.util.Collection;
import java.util.List;
import jp.mamori.organization.Role;

/**
 * Who sees the dashboard and where a login lands. The URL rule in SecurityConfiguration lets these roles in; the
 * pages' beans check again, whatever path reaches them.
 */
public final class DashboardAccess {

  public static final String DASHBOARD = "/dashboard.xhtml";
  public static final String TASKS = "/tasks.xhtml";
  public static final List<Role> VIEWERS = List.of(Role.TOTAL_MANAGER, Role.SUPERVISING_MANAGER, Role.EXECUTIVE,
      Role.SYSTEM_ADMIN);

  private DashboardAccess() {}

  public static boolean mayView(Collection<String> groupIds) {
    return VIEWERS.stream().anyMatch(r -> groupIds.contains(r.groupId()));
  }

  /** Executives have no task work: they land on the dashboard; anyone with a staff role on their task list. */
  public static String landingFor(Collection<String> groupIds) {
    boolean staff = groupIds.stream().anyMatch(g -> Role.ofGroupId(g).map(Role::isStaffRole).orElse(false));
    return !staff && groupIds.contains(Role.EXECUTIVE.groupId()) ? DASHBOARD : TASKS;
  }
}
