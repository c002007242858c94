package jp.mamori.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** The demo organization's users (password {@code demo}) by what the security rules let them do. */
final class SecurityTestUsers {

  static final String PASSWORD = "demo";

  /** Everybody in the demo organization, one per role. */
  static final List<String> ALL = List.of("director", "privacy-lead", "records-manager", "nurse", "clerk",
      "hq-officer", "desk", "exec", "modeler", "admin");

  /** Total manager, supervising manager, executive, process owner, system administrator. */
  static final List<String> COCKPIT_USERS = List.of("director", "privacy-lead", "exec", "modeler", "admin");

  static final List<String> NOT_COCKPIT_USERS = ALL.stream().filter(u -> !COCKPIT_USERS.contains(u)).toList();

  static final List<String> NOT_ADMINS = ALL.stream().filter(u -> !u.equals("admin")).toList();

  private SecurityTestUsers() {}

  /**
   * A wrong password makes the engine lock the user for a few seconds (login-delay-base); tests that try one
   * unlock the user afterwards so later logins, in this class or another, are not refused.
   */
  static void unlock(IdentityService identityService, String userId) {
    identityService.unlockUser(userId);
  }

  /** A user of the tests' own (password {@code demo}), created the first time a test asks for it. */
  static String ensureUser(IdentityService identityService, String userId, String lastName, String firstName) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setLastName(lastName);
      user.setFirstName(firstName);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    return userId;
  }

  /** The variables of the sample model's start form. */
  static Map<String, Object> sampleRequest(String title) {
    return Map.of("title", title, "personCount", 3L, "department", "NURSING", "urgent", false);
  }
}
