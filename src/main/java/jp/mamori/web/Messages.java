package jp.mamori.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import org.springframework.web.jsf.FacesContextUtils;

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

  /**
   * A text the app writes down rather than shows: a notification, a case log line, a summary kept with the case.
   * These are kept in Japanese, the language of the records (a page shows them as written).
   */
  public static String notice(String key, Object... args) {
    return text(Locale.JAPANESE, key, args);
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

  /** A rule's refusal on the page, about no case in particular: see {@link #refused(ActionRefused, CaseRef)}. */
  public static void refused(ActionRefused refusal) {
    refused(refusal, CaseRef.NONE);
  }

  /**
   * A rule's refusal on the page: an error message in the user's language, and an entry in the audit trail (who,
   * the message key, the case, the page). The one place a page maps a refusal; REST's is process.RestRefusals.
   */
  public static void refused(ActionRefused refusal, CaseRef about) {
    error(refusal.messageKey(), refusal.args());
    FacesContext context = FacesContext.getCurrentInstance();
    FacesContextUtils.getRequiredWebApplicationContext(context).getBean(AuditTrail.class).refused(
        context.getExternalContext().getRemoteUser(), refusal.messageKey(), about,
        "page " + context.getViewRoot().getViewId() + ": " + text(Locale.JAPANESE, refusal.messageKey(),
            refusal.args()));
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = text(context.getViewRoot().getLocale(), key, args);
    context.addMessage(null, new FacesMessage(severity, text, null));
  }
}
