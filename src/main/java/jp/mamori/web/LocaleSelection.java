package jp.mamori.web;

import java.io.Serializable;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The user's language for this session: Japanese by default, English on request. */
@Component
@SessionScope
public class LocaleSelection implements Serializable {

  public static final Locale JAPANESE = Locale.JAPANESE;

  /** Where Spring keeps this session-scoped bean in the session. */
  private static final String SESSION_ATTRIBUTE = "scopedTarget.localeSelection";

  private Locale locale = JAPANESE;
  /** Whether the language was chosen in this session (a link or the login page), not only the default. */
  private boolean chosen;

  /**
   * The language of the user of the current request, for code below the pages (a service building rows): the
   * session's choice, Japanese outside a request or without a session (jobs, mail, REST).
   */
  public static Locale current() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object session = faces != null ? faces.getExternalContext().getSession(false)
        : RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
            ? attributes.getRequest().getSession(false) : null;
    return session instanceof HttpSession s && s.getAttribute(SESSION_ATTRIBUTE) instanceof LocaleSelection selection
        ? selection.getLocale() : JAPANESE;
  }

  /** The session's language for a request outside Spring's request scope (a servlet filter); Japanese without one. */
  public static Locale of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof LocaleSelection selection
        ? selection.getLocale() : JAPANESE;
  }

  /**
   * The language a client without a session asks for (REST, scripts): English when its {@code Accept-Language} puts
   * English first, else Japanese (no header is Japanese too, not the server's default).
   */
  public static Locale requested(HttpServletRequest request) {
    return request.getHeader("Accept-Language") != null
        && Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : JAPANESE;
  }

  /** The session's selection where no request scope is active (the login's success handler); made if missing. */
  public static LocaleSelection of(HttpSession session) {
    if (session.getAttribute(SESSION_ATTRIBUTE) instanceof LocaleSelection selection) {
      return selection;
    }
    LocaleSelection selection = new LocaleSelection();
    session.setAttribute(SESSION_ATTRIBUTE, selection);
    return selection;
  }

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Only an explicit choice changes the language: a page without the parameter leaves it as it is. */
  public void setLanguage(String language) {
    if (language != null && !language.isBlank()) {
      this.locale = "en".equals(language) ? Locale.ENGLISH : JAPANESE;
      this.chosen = true;
    }
  }

  public boolean isChosen() {
    return chosen;
  }

  /** The language remembered for the user, applied at login when none was chosen on the login page. */
  public void restore(String language) {
    if (!chosen && language != null) {
      this.locale = "en".equals(language) ? Locale.ENGLISH : JAPANESE;
    }
  }

  public boolean isEnglish() {
    return "en".equals(locale.getLanguage());
  }

  public void toggle() {
    setLanguage(isEnglish() ? "ja" : "en");
  }
}
