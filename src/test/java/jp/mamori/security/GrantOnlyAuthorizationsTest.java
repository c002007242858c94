package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Grants only (ADR 0036): a revoke is refused, the engine skips its revoke check, and a role without any
 * authorization changes nothing in the answer now that the user's roles go into the check unfiltered.
 */
class GrantOnlyAuthorizationsTest extends IntegrationTest {

  @Autowired AuthorizationService authorizationService;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  @DisplayName("取消し(REVOKE)の権限は保存できず、エンジンは取消しの確認を省く")
  void aRevokeIsRefused() {
    Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId("committee");
    revoke.setResource(Resources.PROCESS_DEFINITION);
    revoke.setResourceId("grantOnlyFixture");
    revoke.removePermission(Permissions.READ);

    assertThatThrownBy(() -> authorizationService.saveAuthorization(revoke))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("never revokes");
    assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
        .count()).isZero();
    assertThat(configuration.getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Test
  @DisplayName("権限のないロールを併せ持っても、権限のあるロールの許可だけが効く")
  void rolesWithoutAuthorizationsChangeNothing() {
    String resource = "grantOnlyFixture" + System.nanoTime();
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("committee");
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(resource);
    grant.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(grant);
    try {
      assertThat(authorizationService.isUserAuthorized("someone", List.of("no-such-role", "committee"),
          Permissions.READ, Resources.PROCESS_DEFINITION, resource)).isTrue();
      assertThat(authorizationService.isUserAuthorized("someone", List.of("no-such-role"),
          Permissions.READ, Resources.PROCESS_DEFINITION, resource)).isFalse();
      assertThat(authorizationService.isUserAuthorized("someone", List.of("no-such-role", "committee"),
          Permissions.UPDATE, Resources.PROCESS_DEFINITION, resource)).isFalse();
    } finally {
      authorizationService.deleteAuthorization(grant.getId());
    }
  }
}
