package jp.mamori.security;

import jp.mamori.web.LocaleSelection;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * The language a user chose, remembered with their Camunda user (user info {@value #INFO_KEY}, no table of the
 * app's own — ADR 0029): saved when they switch in the header or log in from the login page in a chosen language,
 * and applied at every login where they chose nothing.
 */
@Component("languageSwitch")
public class UserLanguage {

  static final String INFO_KEY = "mamori.language";

  private final IdentityService identityService;
  private final LocaleSelection localeSelection;
  private final CurrentUser currentUser;

  UserLanguage(IdentityService identityService, LocaleSelection localeSelection, CurrentUser currentUser) {
    this.identityService = identityService;
    this.localeSelection = localeSelection;
    this.currentUser = currentUser;
  }

  /** The header's link: the other language, for this session and the next logins. */
  public String toggle() {
    localeSelection.toggle();
    remember(currentUser.getId(), localeSelection.getLanguage());
    return null;
  }

  @EventListener
  void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    String userId = event.getAuthentication().getName();
    if (localeSelection.isChosen()) {
      remember(userId, localeSelection.getLanguage());
    } else {
      localeSelection.restore(identityService.getUserInfo(userId, INFO_KEY));
    }
  }

  /** The language remembered for the user, or null. */
  public String of(String userId) {
    return identityService.getUserInfo(userId, INFO_KEY);
  }

  private void remember(String userId, String language) {
    if (userId != null && !language.equals(of(userId))) {
      identityService.setUserInfo(userId, INFO_KEY, language);
    }
  }
}
