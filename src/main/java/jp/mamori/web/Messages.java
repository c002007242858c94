package jp.mamori.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** Texts from the i18n/messages bundle in the user's language, and JSF messages built from them. */
public final class Messages {

  public static final String BUNDLE = "i18n.messages";

  private Messages() {}

  public static String text(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The text of a key that may be missing (texts a model may or may not have), without arguments. */
  public static Optional<String> find(Locale locale, String key) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void warn(String key, Object... args) {
    add(FacesMessage.SEVERITY_WARN, key, args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, key, args);
  }

  /** A rule's refusal on the page: an error message in the user's language. */
  public static void refused(ActionRefused refusal) {
    error(refusal.messageKey(), refusal.args());
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = text(context.getViewRoot().getLocale(), key, args);
    context.addMessage(null, new FacesMessage(severity, text, null));
  }
}
