package jp.mamori.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * What each role may do in the engine, whatever the procedure (issue #11 item 4, docs/security.md): each role
 * only its own rights. Rights that depend on a model (who starts it, who reads its variables) come from
 * {@link ModelGrants}; rights on one case or one task are created as the case runs (Camunda's default task
 * authorizations for a task's candidates and assignee, {@link CaseReaders} for need-to-know cases).
 */
final class RoleRights {

  /** Roles that watch cases in Cockpit: they see every case, where it stands and its deadlines. */
  static final List<Role> MONITORS = List.of(Role.TOTAL_MANAGER, Role.SUPERVISING_MANAGER, Role.EXECUTIVE);

  private RoleRights() {}

  static Grants all() {
    Grants grants = new Grants();
    for (Role role : Role.values()) {
      if (role.isStaffRole()) {
        staff(grants, role);
      }
    }
    MONITORS.forEach(role -> monitoring(grants, role));
    processOwner(grants, Role.PROCESS_OWNER);
    systemAdministrator(grants, Role.SYSTEM_ADMIN);
    return grants;
  }

  /** Tasklist; work on a task comes from the task's own authorizations (its candidates and assignee). */
  private static void staff(Grants grants, Role role) {
    grants.add(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.add(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    grants.add(role, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }

  /**
   * Read-only Cockpit: cases, their activities, tasks and due dates — not their variables, which are granted per
   * procedure by {@link ModelGrants} unless the model keeps them to the people who need to know.
   */
  private static void monitoring(Grants grants, Role role) {
    grants.add(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.add(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grants.add(role, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.add(role, Resources.TASK, ANY, TaskPermissions.READ);
    grants.add(role, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.add(role, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.add(role, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.add(role, Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY);
  }

  /**
   * Deploy, read definitions and diagrams, migrate (the versions page runs the migration as the user, after its own
   * checks). No case: no claim, complete, delete, suspend, modify, variables, messages or retries.
   */
  private static void processOwner(Grants grants, Role role) {
    grants.add(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.add(role, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grants.add(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.MIGRATE_INSTANCE);
    grants.add(role, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grants.add(role, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
  }

  /**
   * Users, groups, memberships, authorizations and the engine's own settings (Admin); in Cockpit the running of
   * the engine — cases without their content, and retrying a failed job (a mail that could not be sent). Deciding
   * or changing a case is not part of the role.
   */
  private static void systemAdministrator(Grants grants, Role role) {
    grants.add(role, Resources.APPLICATION, "admin", Permissions.ACCESS);
    grants.add(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (Resource resource : List.of(Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
        Resources.AUTHORIZATION, Resources.TENANT, Resources.TENANT_MEMBERSHIP, Resources.FILTER,
        Resources.SYSTEM)) {
      grants.add(role, resource, ANY, Permissions.ALL);
    }
    grants.add(role, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.RETRY_JOB);
    grants.add(role, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
        ProcessInstancePermissions.RETRY_JOB);
    grants.add(role, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.add(role, Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY);
  }
}
