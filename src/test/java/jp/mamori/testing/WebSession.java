package jp.mamori.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser, as far as security is concerned: its own cookie jar, no automatic redirects (tests look at the 302s),
 * a browser's {@code Accept} header, and a login that goes through the login page exactly as a person does — GET
 * /login.xhtml, take the hidden {@code _csrf} field, POST /login form-encoded.
 */
public final class WebSession {

  public static final String SESSION_COOKIE = "MAMORI_SESSION";
  public static final String CSRF_FIELD = "_csrf";

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** What a browser asks for when it follows a link; Spring Security sends only such requests to the login page. */
  private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;

  private WebSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(TIMEOUT)
        .build();
  }

  /** A browser that has not logged in (yet). */
  public static WebSession anonymous(String baseUrl) {
    return new WebSession(baseUrl);
  }

  /** A browser that has logged in successfully; fails the test if the login did not take. */
  public static WebSession loggedIn(String baseUrl, String user, String password) {
    WebSession session = new WebSession(baseUrl);
    HttpResponse<String> response = session.login(user, password);
    // executives land on the dashboard, everyone else on the task list
    if (response.statusCode() != 302
        || !(location(response).endsWith("/tasks.xhtml") || location(response).endsWith("/dashboard.xhtml"))) {
      throw new AssertionError("login of " + user + " failed: " + response.statusCode() + " -> "
          + location(response));
    }
    return session;
  }

  /**
   * Fills in and submits the login form; returns the answer to the POST (302 on success and on failure). The login
   * page is opened in Japanese chosen explicitly, so a language another test left remembered for the user (ADR
   * 0029) does not carry over.
   */
  public HttpResponse<String> login(String user, String password) {
    HttpResponse<String> page = get("/login.xhtml?lang=ja");
    if (page.statusCode() != 200) {
      throw new AssertionError("login page answered " + page.statusCode());
    }
    String token = csrfToken(page.body())
        .orElseThrow(() -> new AssertionError("no " + CSRF_FIELD + " field on the login page"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", user);
    form.put("password", password);
    form.put(CSRF_FIELD, token);
    return post("/login", form);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** A GET with extra or replaced headers, e.g. {@code Accept: application/json} as the webapps' scripts send. */
  public HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).GET();
    headers.forEach(builder::setHeader);
    return send(builder.build());
  }

  /** Any method, no body, with extra headers (for probing APIs with the session). */
  public HttpResponse<String> send(String method, String path, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(builder::setHeader);
    return send(builder.build());
  }

  /** Any method with a JSON body and extra headers, as the webapps' scripts call their APIs. */
  public HttpResponse<String> sendJson(String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofString(json))
        .setHeader("Content-Type", "application/json");
    headers.forEach(builder::setHeader);
    return send(builder.build());
  }

  /** A form post, {@code application/x-www-form-urlencoded}, with exactly the given fields. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    return send(request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
        .build());
  }

  /** Reads a page and returns its current CSRF token (the field every form of the app carries). */
  public String csrfTokenOf(String path) {
    HttpResponse<String> page = get(path);
    if (page.statusCode() != 200) {
      throw new AssertionError(path + " answered " + page.statusCode());
    }
    return csrfToken(page.body()).orElseThrow(() -> new AssertionError("no " + CSRF_FIELD + " field on " + path));
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  public Optional<String> sessionId() {
    return cookie(SESSION_COOKIE);
  }

  /** The value of the first hidden {@code _csrf} input in an HTML page. */
  public static Optional<String> csrfToken(String html) {
    Matcher inputs = INPUT.matcher(html);
    while (inputs.find()) {
      String tag = inputs.group();
      if (attribute(tag, "name").filter(CSRF_FIELD::equals).isPresent()) {
        return attribute(tag, "value");
      }
    }
    return Optional.empty();
  }

  /** The Location header of a redirect, or an empty string. */
  public static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static Optional<String> attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(tag);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
        .setHeader("Accept", BROWSER_ACCEPT)
        .setHeader("Accept-Language", "ja,en;q=0.8");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
