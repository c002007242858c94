package jp.mamori.organization;

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

  RoleGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), role.nameJa(), role.isStaffRole() ? "WORKFLOW" : "SYSTEM");
    }
    ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda 管理者(システム管理者)", Groups.GROUP_TYPE_SYSTEM);
    syncCamundaAdmins();
  }

  /** Called again whenever a system administrator is created. */
  void syncCamundaAdmins() {
    for (User admin : identityService.createUserQuery().memberOfGroup(Role.SYSTEM_ADMIN.groupId()).list()) {
      if (identityService.createUserQuery().userId(admin.getId()).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
        identityService.createMembership(admin.getId(), Groups.CAMUNDA_ADMIN);
      }
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }
}
