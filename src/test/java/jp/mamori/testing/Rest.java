package jp.mamori.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Calls to /engine-rest as a script or the Camunda Modeler makes them: HTTP Basic on every request, no cookies,
 * no redirects followed.
 */
public final class Rest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String authorization;
  private String language;
  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(TIMEOUT)
      .build();

  private Rest(String baseUrl, String authorization) {
    this.baseUrl = baseUrl + "/engine-rest";
    this.authorization = authorization;
  }

  public static Rest as(String baseUrl, String user, String password) {
    String credentials = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Rest(baseUrl, "Basic " + credentials);
  }

  /** A personal API token as {@code Authorization: Bearer} (ADR 0025). */
  public static Rest bearer(String baseUrl, String token) {
    return new Rest(baseUrl, "Bearer " + token);
  }

  public static Rest anonymous(String baseUrl) {
    return new Rest(baseUrl, null);
  }

  /** Asks for answers in the language, as a browser or a script sends {@code Accept-Language}. */
  public Rest inLanguage(String languageTag) {
    this.language = languageTag;
    return this;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * A {@code multipart/form-data} POST as the Camunda Modeler sends a deployment: text fields, then files
   * (name → content), each file part named after its file name.
   */
  public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files) {
    String boundary = "----MamoriTest" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((fileName, content) -> {
      write(body, "--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName + "\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(content);
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A POST of exactly these bytes, for requests no well-behaved client would build (the gate's bypass shapes). */
  public HttpResponse<String> postRaw(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
        .header("Accept", "application/json");
    if (language != null) {
      builder.header("Accept-Language", language);
    }
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
