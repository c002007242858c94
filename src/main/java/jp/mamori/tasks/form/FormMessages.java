package jp.mamori.tasks.form;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Localized validation messages from the {@code i18n.forms} bundle. */
final class FormMessages {

  static final String BUNDLE = "i18n.forms";
  static final String KEY_PREFIX = "form.error.";

  /** The staff are Japanese. */
  static final Locale DEFAULT_LOCALE = Locale.JAPANESE;

  /**
   * Without this, a locale we have no messages for would fall back to the JVM's default locale rather than to
   * the English base bundle, and the result would depend on how the server happens to be set up.
   */
  private static final ResourceBundle.Control BASE_BUNDLE_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private FormMessages() {
  }

  static String format(Violation violation, String fieldLabel, Locale requested) {
    Locale locale = requested == null ? DEFAULT_LOCALE : requested;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, BASE_BUNDLE_FALLBACK);
    Object[] arguments = new Object[violation.arguments().length + 1];
    arguments[0] = fieldLabel;
    System.arraycopy(violation.arguments(), 0, arguments, 1, violation.arguments().length);
    return new MessageFormat(bundle.getString(KEY_PREFIX + violation.messageKey()), locale).format(arguments);
  }
}
