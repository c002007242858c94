package jp.mamori.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A header value with parameters ({@code type; name=value; name="quoted; value"}), read strictly. */
final class HeaderValue {

  private HeaderValue() {}

  /** The value and its parameters, split at semicolons outside quotes. */
  static List<String> split(String header) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && quoted && i + 1 < header.length()) {
        current.append(c);
        c = header.charAt(++i);
      } else if (c == ';' && !quoted) {
        pieces.add(current.toString().strip());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    pieces.add(current.toString().strip());
    return pieces;
  }

  /**
   * Parameter name (lower case) → every value given for it, in order; a piece without {@code =} counts as a
   * parameter with an empty name, which no caller allows.
   */
  static Map<String, List<String>> parameters(List<String> pieces) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (String piece : pieces.subList(1, pieces.size())) {
      if (piece.isEmpty()) {
        continue;
      }
      int equals = piece.indexOf('=');
      String name = equals < 0 ? "" : piece.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = equals < 0 ? piece : unquote(piece.substring(equals + 1).strip());
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1) : value;
  }
}
