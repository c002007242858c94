package jp.mamori.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reading of a deployment request's multipart shape, without the application: which shapes are one reading. */
class MultipartShapeTest {

  private static final String PART = "Content-Disposition: form-data; name=\"a.bpmn\"; filename=\"a.bpmn\"\r\n\r\n<x/>";

  @ParameterizedTest
  @ValueSource(strings = {"multipart/form-data; boundary=B", "multipart/form-data; boundary=\"B\"",
      "Multipart/Form-Data; BOUNDARY=B; charset=UTF-8"})
  void oneBoundaryIsOneReading(String contentType) {
    assertThat(MultipartShape.ambiguity(contentType, body("B", PART))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"multipart/form-data; boundary=B; Boundary=C", "multipart/form-data; xboundary=C; boundary=B",
      "multipart/form-data; boundary=B; boundary*=C", "multipart/form-data", "application/json",
      "multipart/mixed; boundary=B", "multipart/form-data; boundary=\"B;x\"; boundary=B"})
  void anyOtherContentTypeIsRefused(String contentType) {
    assertThat(MultipartShape.ambiguity(contentType, body("B", PART))).isPresent();
  }

  @Test
  void aSemicolonInsideQuotesIsPartOfTheName() {
    String part = "Content-Disposition: form-data; name=\"x;y.bpmn\"; filename=\"x;y.bpmn\"\r\n\r\n<x/>";

    assertThat(MultipartShape.ambiguity("multipart/form-data; boundary=B", body("B", part))).isEmpty();
  }

  @Test
  void aPartWithTwoDispositionsIsRefused() {
    String part = "Content-Disposition: form-data; name=\"a\"\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\n1";

    assertThat(MultipartShape.ambiguity("multipart/form-data; boundary=B", body("B", part))).isPresent();
  }

  @Test
  void aBodyThatDoesNotFollowItsBoundaryIsRefused() {
    byte[] body = ("--B\r\n" + PART + "\r\n").getBytes(StandardCharsets.UTF_8);

    assertThat(MultipartShape.ambiguity("multipart/form-data; boundary=B", body)).isPresent();
  }

  private static byte[] body(String boundary, String part) {
    return ("--" + boundary + "\r\n" + part + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
