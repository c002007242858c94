package jp.mamori.modeling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code multipart/form-data} deployment request can be read one way only. The engine's own reader decides
 * what is deployed, and the gate checks that inside the engine; a request two readers could read differently — two
 * {@code boundary} parameters, a parameter whose name merely ends in {@code boundary}, two parts with the same name
 * or file name — is refused before it gets there, so that nobody has to reason about which reading won.
 */
final class MultipartShape {

  private static final Set<String> CONTENT_TYPE_PARAMETERS = Set.of("boundary", "charset");
  private static final Set<String> DISPOSITION_PARAMETERS = Set.of("name", "filename");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  private MultipartShape() {}

  /** Why the request is ambiguous or unreadable; empty when it can be read one way only. */
  static Optional<String> ambiguity(String contentType, byte[] body) {
    if (contentType == null) {
      return Optional.of("no Content-Type");
    }
    List<String> type = HeaderValue.split(contentType);
    if (!type.get(0).equalsIgnoreCase("multipart/form-data")) {
      return Optional.of("Content-Type " + type.get(0));
    }
    Map<String, List<String>> parameters = HeaderValue.parameters(type);
    Optional<String> odd = unexpected(parameters, CONTENT_TYPE_PARAMETERS, "Content-Type");
    if (odd.isPresent()) {
      return odd;
    }
    List<String> boundary = parameters.getOrDefault("boundary", List.of());
    if (boundary.size() != 1 || boundary.get(0).isEmpty()) {
      return Optional.of(boundary.size() + " boundary parameters");
    }
    return parts(body, boundary.get(0)).map(MultipartShape::partsAmbiguity)
        .orElse(Optional.of("the body does not follow its boundary"));
  }

  private static Optional<String> unexpected(Map<String, List<String>> parameters, Set<String> allowed,
      String header) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (!allowed.contains(parameter.getKey())) {
        return Optional.of(header + " parameter " + parameter.getKey());
      }
      if (parameter.getValue().size() > 1) {
        return Optional.of(header + " parameter " + parameter.getKey() + " given " + parameter.getValue().size()
            + " times");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> partsAmbiguity(List<String> dispositions) {
    Set<String> names = new HashSet<>();
    Set<String> fileNames = new HashSet<>();
    for (String disposition : dispositions) {
      if (disposition == null) {
        return Optional.of("a part without one Content-Disposition");
      }
      List<String> value = HeaderValue.split(disposition);
      Map<String, List<String>> parameters = HeaderValue.parameters(value);
      Optional<String> odd = unexpected(parameters, DISPOSITION_PARAMETERS, "Content-Disposition");
      if (odd.isPresent()) {
        return odd;
      }
      List<String> name = parameters.getOrDefault("name", List.of());
      if (!value.get(0).equalsIgnoreCase("form-data") || name.isEmpty()) {
        return Optional.of("a part that is not named form-data");
      }
      if (!names.add(name.get(0))) {
        return Optional.of("two parts named " + name.get(0));
      }
      for (String fileName : parameters.getOrDefault("filename", List.of())) {
        if (!fileNames.add(fileName)) {
          return Optional.of("two files named " + fileName);
        }
      }
    }
    return Optional.empty();
  }

  /** The Content-Disposition of each part (null where a part has none or several); empty when unreadable. */
  private static Optional<List<String>> parts(byte[] body, String boundary) {
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // the first delimiter may open the body without a CRLF before it
    byte[] data = concat(CRLF, body);
    int start = indexOf(data, delimiter, 0);
    List<String> dispositions = new ArrayList<>();
    while (start >= 0) {
      int after = start + delimiter.length;
      if (startsWith(data, after, new byte[] {'-', '-'})) {
        return Optional.of(dispositions);
      }
      if (!startsWith(data, after, CRLF)) {
        return Optional.empty();
      }
      int next = indexOf(data, delimiter, after + 2);
      int headerEnd = indexOf(data, HEADER_END, after);
      if (next < 0 || headerEnd < 0 || headerEnd > next) {
        return Optional.empty();
      }
      dispositions.add(disposition(new String(data, after + 2, headerEnd - after - 2, StandardCharsets.UTF_8)));
      start = next;
    }
    return Optional.empty();
  }

  private static String disposition(String headers) {
    List<String> found = headers.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-disposition:"))
        .map(l -> l.substring("content-disposition:".length()).strip()).toList();
    return found.size() == 1 ? found.get(0) : null;
  }

  private static boolean startsWith(byte[] data, int at, byte[] prefix) {
    return at + prefix.length <= data.length
        && Arrays.equals(data, at, at + prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    for (int i = from; i <= data.length - pattern.length; i++) {
      if (startsWith(data, i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
