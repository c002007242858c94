package jp.mamori.dashboard;

import java.io.Serializable;
import java.util.Locale;
import jp.mamori.web.Messages;

/** A column of a figure's list: the row map's key and its header in the user's language. */
public record ListColumn(String key, String header) implements Serializable {

  /** A column whose header is the message {@code headerKey} in {@code locale}. */
  public static ListColumn of(Locale locale, String key, String headerKey) {
    return new ListColumn(key, Messages.text(locale, headerKey));
  }
}
