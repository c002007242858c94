package jp.mamori.process;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda Tasklist lists nothing until it has filters. Staff who open it (the app's task list is the main one) find
 * the same two lists there: tasks assigned to them, and open tasks of their roles. The queries are expressions on
 * the logged-in user, so one shared filter serves everyone, and the engine still shows each person only what their
 * authorizations allow. Created when missing, never changed afterwards: an administrator may adjust them.
 */
@Component
@Order(16)
class TasklistFilters implements ApplicationRunner {

  static final String MINE = "自分のタスク";
  static final String MY_ROLES = "自分の役割のタスク";

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure(MINE, "担当者が自分のタスク / Tasks assigned to me", 10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(MY_ROLES, "自分の役割に届いた未着手のタスク / Open tasks of my roles", 20,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc());
  }

  private void ensure(String name, String description, int priority, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filters.saveFilter(filter);
    for (Role role : Role.values()) {
      if (role.isStaffRole()) {
        var grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(role.groupId());
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filter.getId());
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
      }
    }
  }
}
