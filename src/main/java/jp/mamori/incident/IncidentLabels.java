package jp.mamori.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;

/**
 * Labels of the report form's option values (bundle keys {@code incident.label.<value>}), for summaries, the log,
 * the printed reports and the incident page. Texts that are no option value are shown as they are.
 */
public final class IncidentLabels {

  private static final String PREFIX = "incident.label.";

  private IncidentLabels() {}

  /** The Japanese label of an option value (what the records and reports to the PPC are written in). */
  public static String value(String value) {
    return value(Locale.JAPANESE, value);
  }

  /** The label of an option value in a language, or the text itself when it is not an option value. */
  public static String value(Locale locale, String value) {
    return value == null ? "—" : Messages.find(locale, PREFIX + value).orElse(value);
  }

  /** A list stored joined by 、 (e.g. the special categories), each value labelled in Japanese. */
  public static String list(String joined) {
    return list(Locale.JAPANESE, joined);
  }

  public static String list(Locale locale, String joined) {
    if (joined == null || joined.isBlank()) {
      return "—";
    }
    return Arrays.stream(joined.split("、")).map(v -> value(locale, v)).collect(Collectors.joining("、"));
  }

  /** An option value as an argument of a stored line: its label in the reader's language, else the text as data. */
  public static StoredText.Arg arg(String value) {
    return value != null && Messages.find(Locale.JAPANESE, PREFIX + value).isPresent()
        ? StoredText.message(PREFIX + value) : StoredText.data(value);
  }

  public static String type(String value) {
    return value(value);
  }

  public static String certainty(String value) {
    return value(value);
  }

  public static String medium(String value) {
    return value(value);
  }

  public static String contained(String value) {
    return value(value);
  }
}
