package jp.mamori.web;

import java.io.Serializable;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/** The user's language for this session: Japanese by default, English on request. */
@Component
@SessionScope
public class LocaleSelection implements Serializable {

  public static final Locale JAPANESE = Locale.JAPANESE;

  private Locale locale = JAPANESE;

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
    }
  }

  public boolean isEnglish() {
    return "en".equals(locale.getLanguage());
  }

  public void toggle() {
    setLanguage(isEnglish() ? "ja" : "en");
  }
}
