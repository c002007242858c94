package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import jp.mamori.organization.Role;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.WebSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open web session follows the user's roles (mamori.security.session-roles, 30 s): a role removed after the login
 * counts in the session within that time, not at the next login; a role added too; a user removed is logged out.
 * The roles change through the identity service, as Camunda Admin and the designations change them.
 */
class SessionRolesTest extends IntegrationTest {

  private static final String EXECUTIVE = Role.EXECUTIVE.groupId();

  @Autowired IdentityService identityService;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aRoleRemovedOrAddedCountsInTheOpenSessionWithinThePeriod() {
    String id = user("session-roles-" + System.nanoTime() % 100_000);
    WebSession session = WebSession.loggedIn(baseUrl(), id, "demo");
    assertThat(session.get("/dashboard.xhtml").statusCode()).isEqualTo(200);

    identityService.deleteMembership(id, EXECUTIVE);
    // within the period the session still holds the roles read at login
    assertThat(session.get("/dashboard.xhtml").statusCode()).isEqualTo(200);
    later(Duration.ofSeconds(31));
    assertThat(session.get("/dashboard.xhtml").statusCode()).isEqualTo(403);
    assertThat(session.get("/dashboard-list.xhtml?figure=tasks.open").statusCode()).isEqualTo(403);

    identityService.createMembership(id, EXECUTIVE);
    later(Duration.ofSeconds(31));
    assertThat(session.get("/dashboard.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aUserRemovedIsLoggedOut() {
    String id = user("session-gone-" + System.nanoTime() % 100_000);
    WebSession session = WebSession.loggedIn(baseUrl(), id, "demo");
    assertThat(session.get("/dashboard.xhtml").statusCode()).isEqualTo(200);

    identityService.deleteUser(id);
    later(Duration.ofSeconds(31));

    var page = session.get("/dashboard.xhtml");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(page)).contains("/login.xhtml");
  }

  private String user(String id) {
    User user = identityService.newUser(id);
    user.setLastName("試験");
    user.setFirstName("役割");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(id, EXECUTIVE);
    return id;
  }

  private static void later(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }
}
