package jp.mamori.organization;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every role of {@link Role} exists as a Camunda group, in every profile, on every start; and that every
 * system administrator is also in Camunda's own {@code camunda-admin} group, without which the webapps send every
 * page to their first-user set-up.
 */
@Component
@Order(10)
class RoleGroups implements ApplicationRunner {

  private final IdentityService identityService;

  private final RoleTitles titles;

  RoleGroups(IdentityService identityService, RoleTitles titles) {
    this.identityService = identityService;
    this.titles = titles;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.isReadOnly()) {
      // the staff directory holds the roles (mamori.directory.roles, ADR 0024); nothing to create here
      return;
    }
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), titles.title(role, Locale.JAPANESE), role.isStaffRole() ? "WORKFLOW" : "SYSTEM");
    }
    ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda 管理者(システム管理者)", Groups.GROUP_TYPE_SYSTEM);
    syncCamundaAdmins();
  }

  /** Called again whenever a system administrator is created. */
  void syncCamundaAdmins() {
    if (identityService.isReadOnly()) {
      return;
    }
    for (User admin : identityService.createUserQuery().memberOfGroup(Role.SYSTEM_ADMIN.groupId()).list()) {
      if (identityService.createUserQuery().userId(admin.getId()).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
        identityService.createMembership(admin.getId(), Groups.CAMUNDA_ADMIN);
      }
    }
  }

  /** Creates the group, or renames it to the institution profile's title (Cockpit, Tasklist and Admin show it). */
  private void ensureGroup(String id, String name, String type) {
    Group existing = identityService.createGroupQuery().groupId(id).singleResult();
    if (existing != null && !name.equals(existing.getName())) {
      existing.setName(name);
      identityService.saveGroup(existing);
    }
    if (existing == null) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }
}
