package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.web.LocaleSelection;
import org.camunda.bpm.engine.IdentityService;
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

  /**
   * At a form login (called by the login's success handler, before any page of the app has a request scope): a
   * language chosen on the login page is remembered, otherwise the remembered one applies to the new session.
   */
  void atLogin(HttpServletRequest request, String userId) {
    LocaleSelection selection = LocaleSelection.of(request.getSession());
    if (selection.isChosen()) {
      remember(userId, selection.getLanguage());
    } else {
      selection.restore(of(userId));
    }
  }

  /** The language remembered for the user, or null. */
  public String of(String userId) {
    return identityService.getUserInfo(userId, INFO_KEY);
  }

  /**
   * The language to write to the user in when they are not looking at a page (their e-mails, the daily digest):
   * the one they chose last, Japanese when they never chose.
   */
  public java.util.Locale localeOf(String userId) {
    return "en".equals(of(userId)) ? java.util.Locale.ENGLISH : LocaleSelection.JAPANESE;
  }

  private void remember(String userId, String language) {
    if (userId != null && !language.equals(of(userId))) {
      identityService.setUserInfo(userId, INFO_KEY, language);
    }
  }
}
