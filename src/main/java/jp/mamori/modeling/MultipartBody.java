package jp.mamori.modeling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a {@code multipart/form-data} deployment as the Camunda Modeler and other REST clients send it. The
 * body was read whole: the engine reads it again after the gate. Anything this parser cannot read exactly is
 * refused rather than guessed at, so that the engine never sees a resource the gate did not.
 */
record MultipartBody(Map<String, String> fields, Map<String, byte[]> resources) {

  /** The REST API's own fields (DeploymentRestService); every other part is a resource. */
  private static final Set<String> FIELDS = Set.of("deployment-name", "deployment-activation-time",
      "enable-duplicate-filtering", "deploy-changed-only", "deployment-source", "tenant-id");
  private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("(?:^|[;\\s])name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  static Optional<MultipartBody> parse(String contentType, byte[] body) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return Optional.empty();
    }
    Matcher boundaryMatch = BOUNDARY.matcher(contentType);
    if (!boundaryMatch.find()) {
      return Optional.empty();
    }
    String boundary = boundaryMatch.group(1) != null ? boundaryMatch.group(1) : boundaryMatch.group(2);
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // the first delimiter may open the body without a CRLF before it
    byte[] data = concat(CRLF, body);
    int start = indexOf(data, delimiter, 0);
    List<byte[]> parts = new ArrayList<>();
    while (start >= 0) {
      int after = start + delimiter.length;
      if (startsWith(data, after, new byte[] {'-', '-'})) {
        return read(parts);
      }
      if (!startsWith(data, after, CRLF)) {
        return Optional.empty();
      }
      int next = indexOf(data, delimiter, after + 2);
      if (next < 0) {
        return Optional.empty();
      }
      parts.add(Arrays.copyOfRange(data, after + 2, next));
      start = next;
    }
    return Optional.empty();
  }

  private static Optional<MultipartBody> read(List<byte[]> parts) {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (byte[] part : parts) {
      int headerEnd = indexOf(part, HEADER_END, 0);
      if (headerEnd < 0) {
        return Optional.empty();
      }
      String headers = new String(part, 0, headerEnd, StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOfRange(part, headerEnd + HEADER_END.length, part.length);
      String disposition = headers.lines()
          .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-disposition:")).findFirst().orElse("");
      Matcher name = NAME.matcher(disposition);
      if (!name.find()) {
        return Optional.empty();
      }
      Matcher fileName = FILE_NAME.matcher(disposition);
      if (FIELDS.contains(name.group(1)) && !fileName.find()) {
        fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
      } else {
        resources.put(fileName.find(0) ? fileName.group(1) : name.group(1), content);
      }
    }
    return Optional.of(new MultipartBody(fields, resources));
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
