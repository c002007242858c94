package jp.mamori.organization;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a fresh production database nobody can log in; the operator names a first administrator by environment
 * (MAMORI_ADMIN_USER, MAMORI_ADMIN_PASSWORD). There is no built-in password outside the demo organization.
 */
@Component
@Order(20)
class BootstrapAdministrator implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdministrator.class);

  private final IdentityService identityService;
  private final RoleGroups roleGroups;
  private final String userId;
  private final String password;

  BootstrapAdministrator(IdentityService identityService, RoleGroups roleGroups,
      @Value("${mamori.bootstrap-admin.user:${MAMORI_ADMIN_USER:}}") String userId,
      @Value("${mamori.bootstrap-admin.password:${MAMORI_ADMIN_PASSWORD:}}") String password) {
    this.identityService = identityService;
    this.roleGroups = roleGroups;
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (userId.isBlank() || identityService.isReadOnly()
        || identityService.createUserQuery().userId(userId).count() > 0) {
      // with the staff directory (ADR 0024) the first administrator is a member of the directory's admin group
      return;
    }
    if (password.length() < 12) {
      LOG.error("MAMORI_ADMIN_PASSWORD must have at least 12 characters; administrator {} not created", userId);
      return;
    }
    User user = identityService.newUser(userId);
    user.setFirstName("管理者");
    user.setLastName("システム");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(userId, Role.SYSTEM_ADMIN.groupId());
    roleGroups.syncCamundaAdmins();
    LOG.info("Created the first administrator {}", userId);
  }
}
