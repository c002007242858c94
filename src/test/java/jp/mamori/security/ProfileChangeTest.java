package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.mamori.organization.Role;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.trail.AuditEntry;
import jp.mamori.trail.AuditEntryRepository;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #12 item 5 (ADR 0024): names come from the directory or the administrator. Over /engine-rest and over the
 * webapps' engine API (which Camunda Admin and Tasklist use) a user cannot rename themselves or change their e-mail;
 * a system administrator can, and the change is in the audit trail with who, when and old → new. Each test has a person of
 * its own, so the demo organization's names stay as the other tests read them.
 */
class ProfileChangeTest extends IntegrationTest {

  @Autowired IdentityService identityService;
  @Autowired AuditEntryRepository entries;

  private String userId;

  @BeforeEach
  void aPersonOfTheTestsOwn() {
    userId = "profile-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setLastName("青木");
    user.setFirstName("恵");
    user.setEmail(userId + "@hospital.example");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, Role.HANDLER.groupId());
  }

  @AfterEach
  void removeThePerson() {
    identityService.deleteUser(userId);
  }

  @ParameterizedTest
  @MethodSource("jp.mamori.security.Channels#names")
  void aUserCannotRenameThemselves(String channel) {
    Set<Long> before = ids(userId, AuditTrail.REFUSED);

    HttpResponse<String> response = Channels.of(channel, baseUrl(), userId)
        .put("/user/" + userId + "/profile", profile("別名", "太郎", userId + "@hospital.example"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Rest.json(response).path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(identityService.createUserQuery().userId(userId).singleResult().getLastName()).isEqualTo("青木");
    assertThat(added(userId, AuditTrail.REFUSED, before)).singleElement().satisfies(e -> {
      assertThat(e.getSubject()).isEqualTo("identity.profile.refused");
      assertThat(e.getDetail()).contains(userId, "青木 恵", "別名 太郎");
    });
  }

  @Test
  void aUserCannotChangeTheirEmailOverRestButStillTheirPassword() {
    Rest self = Rest.as(baseUrl(), userId, PASSWORD);

    assertThat(self.put("/user/" + userId + "/profile", profile("青木", "恵", "elsewhere@example.org")).statusCode())
        .isEqualTo(403);
    assertThat(identityService.createUserQuery().userId(userId).singleResult().getEmail())
        .isEqualTo(userId + "@hospital.example");

    assertThat(self.put("/user/" + userId + "/credentials",
        "{\"password\":\"a-new-password-2026\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}")
        .statusCode()).isEqualTo(204);
    assertThat(identityService.checkPassword(userId, "a-new-password-2026")).isTrue();
  }

  @Test
  void anotherStaffMemberCannotRenameSomeone() {
    HttpResponse<String> response = Rest.as(baseUrl(), "nurse", PASSWORD)
        .put("/user/" + userId + "/profile", profile("別名", "太郎", userId + "@hospital.example"));

    // the engine does not even let a handler read another person's profile (404); either way, nothing changes
    assertThat(response.statusCode()).isIn(403, 404);
    assertThat(identityService.createUserQuery().userId(userId).singleResult().getLastName()).isEqualTo("青木");
  }

  /** Camunda Admin changes a profile through the webapps' engine API, the "tasklist" door with an admin's session. */
  @ParameterizedTest
  @MethodSource("jp.mamori.security.Channels#names")
  void anAdministratorsChangeOfANameIsInTheTrail(String channel) {
    Set<Long> before = ids("admin", "PROFILE_CHANGED");

    HttpResponse<String> response = Channels.of(channel, baseUrl(), "admin")
        .put("/user/" + userId + "/profile", profile("青木", "恵美", userId + "@hospital.example"));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(identityService.createUserQuery().userId(userId).singleResult().getFirstName()).isEqualTo("恵美");
    assertThat(added("admin", "PROFILE_CHANGED", before)).singleElement().satisfies(e -> {
      assertThat(e.getSubject()).isEqualTo(userId);
      assertThat(e.getOccurredAt()).isNotNull();
      assertThat(e.getDetail()).contains("青木 恵 <" + userId + "@hospital.example> → 青木 恵美 <");
    });
  }

  /** Camunda's profile body names the user again (without it the engine refuses the request as malformed). */
  private String profile(String lastName, String firstName, String email) {
    return "{\"id\":\"" + userId + "\",\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName
        + "\",\"email\":\"" + email + "\"}";
  }

  private Set<Long> ids(String actor, String action) {
    return entries.findByActorAndActionOrderByOccurredAtDesc(actor, action).stream().map(AuditEntry::getId)
        .collect(Collectors.toSet());
  }

  private List<AuditEntry> added(String actor, String action, Set<Long> before) {
    return entries.findByActorAndActionOrderByOccurredAtDesc(actor, action).stream()
        .filter(e -> !before.contains(e.getId()))
        .toList();
  }
}
