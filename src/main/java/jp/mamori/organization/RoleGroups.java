package jp.mamori.organization;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes sure every role of {@link Role} exists as a Camunda group, in every profile, on every start. */
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
      if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
        Group group = identityService.newGroup(role.groupId());
        group.setName(role.nameJa());
        group.setType(role.isStaffRole() ? "WORKFLOW" : "SYSTEM");
        identityService.saveGroup(group);
      }
    }
  }
}
