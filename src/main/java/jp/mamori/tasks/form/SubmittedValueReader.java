package jp.mamori.tasks.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Reads the raw values JSF or the engine (a start or completion over REST or Tasklist) hands over (String, Boolean,
 * String[] or List) according to the field type.
 */
final class SubmittedValueReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** No exponent, no grouping: what a person types into a number box. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

  private SubmittedValueReader() {
  }

  static SubmittedValue read(FormField field, Object raw) {
    return switch (field.type()) {
      case NUMBER -> number(raw);
      case CHECKBOX -> checkbox(raw);
      case CHECKLIST -> checklist(raw);
      case DATETIME -> date(raw);
      default -> text(raw);
    };
  }

  private static SubmittedValue text(Object raw) {
    if (raw == null) {
      return SubmittedValue.of(null);
    }
    if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
      String text = raw.toString().strip();
      return SubmittedValue.of(text.isEmpty() ? null : text);
    }
    // several values for a single-value field can only come from a forged request
    return SubmittedValue.UNREADABLE;
  }

  private static SubmittedValue number(Object raw) {
    if (raw instanceof Number number) {
      try {
        return SubmittedValue.of(new BigDecimal(number.toString()));
      } catch (NumberFormatException infiniteOrNaN) {
        return SubmittedValue.UNREADABLE;
      }
    }
    if (!(raw instanceof String) && raw != null) {
      return SubmittedValue.UNREADABLE;
    }
    String text = typedText(raw);
    if (text.isEmpty()) {
      return SubmittedValue.of(null);
    }
    return DECIMAL.matcher(text).matches() ? SubmittedValue.of(new BigDecimal(text)) : SubmittedValue.UNREADABLE;
  }

  private static SubmittedValue checkbox(Object raw) {
    if (raw == null) {
      return SubmittedValue.of(Boolean.FALSE);
    }
    if (raw instanceof Boolean checked) {
      return SubmittedValue.of(checked);
    }
    if (!(raw instanceof String text)) {
      return SubmittedValue.UNREADABLE;
    }
    String answer = text.strip();
    if (answer.isEmpty() || answer.equalsIgnoreCase("false")) {
      return SubmittedValue.of(Boolean.FALSE);
    }
    return answer.equalsIgnoreCase("true") ? SubmittedValue.of(Boolean.TRUE) : SubmittedValue.UNREADABLE;
  }

  private static SubmittedValue checklist(Object raw) {
    if (raw == null) {
      return SubmittedValue.of(List.of());
    }
    if (raw instanceof Collection<?> items) {
      return distinctTexts(items);
    }
    if (raw instanceof Object[] items) {
      return distinctTexts(Arrays.asList(items));
    }
    if (!(raw instanceof String single)) {
      return SubmittedValue.UNREADABLE;
    }
    return single.strip().startsWith("[") ? jsonArray(single) : distinctTexts(List.of(single));
  }

  /**
   * A REST client that sends a checklist without Camunda's {@code Json} type sends the JSON array as a text (the
   * shared bench's plan does): read as the list it holds. A text that is no JSON stays one choice (then checked
   * against the options like any other).
   */
  private static SubmittedValue jsonArray(String text) {
    try {
      JsonNode items = JSON.readTree(text); // it starts with "[": JSON or nothing, it is an array
      return distinctTexts(StreamSupport.stream(items.spliterator(), false).map(SubmittedValueReader::item).toList());
    } catch (JsonProcessingException notJson) {
      return distinctTexts(List.of(text));
    }
  }

  /** A text or a number as its text; anything else (null, an object, an array) as itself, which is refused. */
  private static Object item(JsonNode element) {
    return element.isTextual() || element.isNumber() ? element.asText() : element;
  }

  private static SubmittedValue distinctTexts(Collection<?> items) {
    Set<String> texts = new LinkedHashSet<>();
    for (Object item : items) {
      if (item != null && !(item instanceof String) && !(item instanceof Number)) {
        return SubmittedValue.UNREADABLE;
      }
      String text = item == null ? "" : item.toString().strip();
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    return SubmittedValue.of(List.copyOf(texts));
  }

  private static SubmittedValue date(Object raw) {
    if (raw instanceof LocalDate date) {
      return SubmittedValue.of(date);
    }
    if (raw instanceof Date date) {
      return SubmittedValue.of(DateValues.toLocalDate(date));
    }
    if (!(raw instanceof String) && raw != null) {
      return SubmittedValue.UNREADABLE;
    }
    String text = typedText(raw);
    if (text.isEmpty()) {
      return SubmittedValue.of(null);
    }
    try {
      return SubmittedValue.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return SubmittedValue.UNREADABLE;
    }
  }

  /**
   * Japanese input methods easily produce full-width digits and signs (１２．５, －３); NFKC turns them into
   * ASCII, and the minus sign U+2212 is mapped by hand because NFKC leaves it alone.
   */
  private static String typedText(Object raw) {
    if (raw == null) {
      return "";
    }
    return Normalizer.normalize(raw.toString(), Normalizer.Form.NFKC).replace('\u2212', '-').strip();
  }
}
