package jp.mamori.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A line the app writes down and shows later (a notification, a line of the incident board's log): kept as a
 * message key and its arguments, and put into words when it is read, in the reader's language (ADR 0032). The
 * Japanese words are stored beside it as well (the records' language, what Cockpit and exports read, and what is
 * shown for lines written before keys were kept).
 *
 * <p>Each argument says what it is, because a page shows them differently: {@linkplain #data data} — names, case
 * numbers, what people wrote — is shown as written and marked with the CSS class {@code data}; a
 * {@linkplain #message bundle key} and a {@linkplain #step model's step} are translated; a {@linkplain #plain plain}
 * value (a number, a date) is neither.
 *
 * @param key  the key in the {@code i18n/messages} bundle
 * @param args the encoded arguments (a kind letter, a colon, the value)
 */
public record StoredText(String key, List<String> args) implements Serializable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  public StoredText {
    args = List.copyOf(args);
  }

  /**
   * A line with its arguments: an argument made by {@link #data}, {@link #message}, {@link #step} or {@link #plain}
   * keeps its kind; a number is plain; anything else (a name, a case number, a text someone wrote) is data.
   */
  public static StoredText of(String key, Object... args) {
    List<String> encoded = new ArrayList<>();
    for (Object arg : args) {
      encoded.add(arg instanceof Arg a ? a.encoded() : arg instanceof Number ? plain(arg).encoded()
          : data(arg).encoded());
    }
    return new StoredText(key, encoded);
  }

  /** What people or the system recorded: shown as written, marked {@code data}. */
  public static Arg data(Object value) {
    return new Arg("d:" + (value == null ? "—" : value));
  }

  /** A value in no language (a number, a date and time as digits). */
  public static Arg plain(Object value) {
    return new Arg("v:" + (value == null ? "—" : value));
  }

  /** A text of the bundle, put into the reader's language. */
  public static Arg message(String key) {
    return new Arg("m:" + key);
  }

  /** A step of a model (a task's name), from the model's label file in the reader's language (ADR 0029). */
  public static Arg step(String processDefinitionIdOrKey, String elementId, String name) {
    return new Arg("t:" + processDefinitionIdOrKey + "\u001F" + elementId + "\u001F" + (name == null ? "" : name));
  }

  /** A line inside the line (e.g. "12 persons" inside a log line), each of its arguments keeping its kind. */
  public static Arg nested(StoredText line) {
    List<String> parts = new ArrayList<>();
    parts.add(line.key());
    parts.addAll(line.args());
    return new Arg("s:" + json(parts));
  }

  /** Several arguments shown one after the other, separated by " / " (or one per line when {@code lines}). */
  public static Arg list(List<Arg> items, boolean lines) {
    return new Arg((lines ? "n:" : "l:") + json(items.stream().map(Arg::encoded).toList()));
  }

  /** One encoded argument. */
  public record Arg(String encoded) implements Serializable {}

  /** A piece of the line as shown: data is marked on the page. */
  public record Segment(String text, boolean data) implements Serializable {}

  /** The line in a language, as one string (e-mail, CSV, what is stored in Japanese). */
  public String text(Locale locale) {
    StringBuilder text = new StringBuilder();
    segments(locale).forEach(s -> text.append(s.text()));
    return text.toString();
  }

  /** The line in a language, in pieces, so that a page can mark the data in it. */
  public List<Segment> segments(Locale locale) {
    Object[] markers = new Object[args.size()];
    for (int i = 0; i < markers.length; i++) {
      markers[i] = OPEN + String.valueOf(i) + CLOSE;
    }
    String marked = format(locale, markers);
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    while (at < marked.length()) {
      int open = marked.indexOf(OPEN, at);
      int close = open < 0 ? -1 : marked.indexOf(CLOSE, open);
      if (open < 0 || close < 0) {
        segments.add(new Segment(marked.substring(at), false));
        break;
      }
      if (open > at) {
        segments.add(new Segment(marked.substring(at, open), false));
      }
      segments.addAll(resolve(args.get(Integer.parseInt(marked.substring(open + 1, close))), locale));
      at = close + 1;
    }
    return segments;
  }

  /** The arguments as stored in a column. */
  public String argsJson() {
    return json(args);
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  /** A line read back from its columns; null when the row has no key (written before keys were kept). */
  public static StoredText read(String key, String argsJson) {
    if (key == null) {
      return null;
    }
    return new StoredText(key, argsJson == null ? List.of() : strings(argsJson));
  }

  /**
   * What a page shows of a stored line: the line in the reader's language when its key was kept, else the words
   * as they were stored, as data (a row written before keys were kept, or a text someone composed).
   */
  public static List<Segment> shown(StoredText line, String stored, Locale locale) {
    if (line != null) {
      return line.segments(locale);
    }
    return stored == null || stored.isEmpty() ? List.of() : List.of(new Segment(stored, true));
  }

  /** {@link #shown} as one string (e-mail). */
  public static String inWords(StoredText line, String stored, Locale locale) {
    return line != null ? line.text(locale) : stored;
  }

  private String format(Locale locale, Object[] values) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return values.length == 0 ? pattern : new MessageFormat(pattern, locale).format(values);
  }

  private static List<Segment> resolve(String arg, Locale locale) {
    String value = arg.length() < 2 ? arg : arg.substring(2);
    switch (arg.length() < 2 ? ' ' : arg.charAt(0)) {
      case 'd':
        return List.of(new Segment(value, true));
      case 'm':
        return List.of(new Segment(Messages.text(locale, value), false));
      case 't': {
        String[] parts = value.split("\u001F", -1);
        int colon = parts[0].indexOf(':');
        String processKey = colon < 0 ? parts[0] : parts[0].substring(0, colon);
        // a model without a label file for the language shows its own words: the model's text, marked as data
        return List.of(LabelFiles.find(LabelFiles.PROCESSES, processKey, locale, parts[1])
            .map(label -> new Segment(label, false)).orElse(new Segment(parts[2], true)));
      }
      case 's': {
        List<String> parts = strings(value);
        return parts.isEmpty() ? List.of()
            : new StoredText(parts.get(0), parts.subList(1, parts.size())).segments(locale);
      }
      case 'l':
      case 'n': {
        List<Segment> joined = new ArrayList<>();
        for (String item : strings(value)) {
          if (!joined.isEmpty()) {
            joined.add(new Segment(arg.charAt(0) == 'n' ? "\n" : " / ", false));
          }
          joined.addAll(resolve(item, locale));
        }
        return joined;
      }
      default:
        return List.of(new Segment(value, false));
    }
  }
}
