package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.WebSession;
import jp.mamori.trail.AuditEntry;
import jp.mamori.trail.AuditEntryRepository;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Logins, failed logins and logouts are in the audit trail (REQUIREMENTS §1: who, when), also when they happen
 * through the login form over real HTTP. The trail is shared with other tests, so only new entries count.
 */
class SecurityAuditTest extends IntegrationTest {

  @Autowired AuditEntryRepository entries;
  @Autowired IdentityService identityService;

  @Test
  void aFailedLoginIsRecorded() {
    Set<Long> before = ids("nurse", "LOGIN_FAILED");
    try {
      assertThat(WebSession.location(WebSession.anonymous(baseUrl()).login("nurse", "wrong-password")))
          .endsWith("/login.xhtml?error");
    } finally {
      SecurityTestUsers.unlock(identityService, "nurse");
    }

    List<AuditEntry> added = added("nurse", "LOGIN_FAILED", before);
    assertThat(added).singleElement().satisfies(e -> {
      assertThat(e.getDetail()).isEqualTo("BadCredentialsException");
      assertThat(e.getProcessInstanceId()).isNull();
    });
    assertThat(entries.findByActorAndActionOrderByOccurredAtDesc("nurse", "LOGIN_FAILED").get(0).getId())
        .isEqualTo(added.get(0).getId());
  }

  @Test
  void aSuccessfulLoginIsRecorded() {
    Set<Long> before = ids("nurse", "LOGIN");

    WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);

    assertThat(added("nurse", "LOGIN", before)).singleElement()
        .satisfies(e -> assertThat(e.getProcessInstanceId()).isNull());
  }

  @Test
  void aLogoutIsRecorded() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);
    Set<Long> before = ids("nurse", "LOGOUT");

    browser.post("/logout", Map.of(WebSession.CSRF_FIELD, browser.csrfTokenOf("/tasks.xhtml")));

    assertThat(added("nurse", "LOGOUT", before)).hasSize(1);
  }
  @Test
  void restCallsDoNotFillTheTrailWithLogins() {
    Set<Long> before = ids("nurse", "LOGIN");

    assertThat(Rest.as(baseUrl(), "nurse", PASSWORD).get("/process-definition").statusCode()).isEqualTo(200);

    assertThat(added("nurse", "LOGIN", before)).isEmpty();
  }

  private Set<Long> ids(String actor, String action) {
    return entries.findByActorAndActionOrderByOccurredAtDesc(actor, action).stream().map(AuditEntry::getId)
        .collect(Collectors.toSet());
  }

  private List<AuditEntry> added(String actor, String action, Set<Long> before) {
    return entries.findByActorAndActionOrderByOccurredAtDesc(actor, action).stream()
        .filter(e -> !before.contains(e.getId())).toList();
  }
}
