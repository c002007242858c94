package jp.mamori.tasks.form;

import java.util.regex.Pattern;

/** The built-in formats behind form-js {@code validate.validationType}. */
public enum TextFormat {

  /** The e-mail syntax of the HTML standard ({@code input type=email}), which form-js follows too. */
  EMAIL("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
      + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*", "email"),

  /**
   * An international number the way form-js demands it (+ or 00, country code, digits only, e.g. +81312345678),
   * capped at the 15 digits E.164 allows. Domestic forms such as 03-1234-5678 are refused there as well.
   */
  PHONE("(?:\\+|00)[1-9][0-9]{5,14}", "phone");

  private final Pattern pattern;
  private final String messageKey;

  TextFormat(String regex, String messageKey) {
    this.pattern = Pattern.compile(regex);
    this.messageKey = messageKey;
  }

  public boolean matches(String value) {
    return pattern.matcher(value).matches();
  }

  String messageKey() {
    return messageKey;
  }

  /** @return the format, or null for "custom" or no validation type */
  static TextFormat fromValidationType(String validationType) {
    if ("email".equals(validationType)) {
      return EMAIL;
    }
    return "phone".equals(validationType) ? PHONE : null;
  }
}
