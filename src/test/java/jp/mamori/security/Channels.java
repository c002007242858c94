package jp.mamori.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import jp.mamori.testing.Rest;
import jp.mamori.testing.WebSession;

/**
 * The two HTTP doors to the engine, as a user goes through them: {@code /engine-rest} with HTTP Basic (scripts,
 * Camunda Modeler) and Tasklist's engine API under {@code /camunda/api/engine/engine/default} with the app's session
 * and the webapps' own CSRF token. Each call takes the engine REST path ({@code /task/...}).
 */
final class Channels {

  static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

  private Channels() {}

  /** The channels a security test tries each rule on. */
  static Stream<String> names() {
    return Stream.of("engine-rest", "tasklist");
  }

  static Door of(String channel, String baseUrl, String user) {
    return channel.equals("tasklist") ? tasklist(baseUrl, user) : rest(baseUrl, user);
  }

  /** One user's way into the engine's REST resources. */
  interface Door {
    HttpResponse<String> post(String path, String json);

    HttpResponse<String> put(String path, String json);

    HttpResponse<String> delete(String path);
  }

  static Door rest(String baseUrl, String user) {
    Rest rest = Rest.as(baseUrl, user, SecurityTestUsers.PASSWORD);
    return new Door() {
      @Override
      public HttpResponse<String> post(String path, String json) {
        return rest.post(path, json);
      }

      @Override
      public HttpResponse<String> put(String path, String json) {
        return rest.put(path, json);
      }

      @Override
      public HttpResponse<String> delete(String path) {
        return rest.delete(path);
      }
    };
  }

  static Door tasklist(String baseUrl, String user) {
    WebSession session = WebSession.loggedIn(baseUrl, user, SecurityTestUsers.PASSWORD);
    // the webapps' first call hands out the token their scripts then send with every change
    session.get(TASKLIST_ENGINE + "/task/count", Map.of("Accept", "application/json"));
    Map<String, String> headers = Map.of("Accept", "application/json", "X-XSRF-TOKEN",
        session.cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie")));
    return new Door() {
      @Override
      public HttpResponse<String> post(String path, String json) {
        return session.sendJson("POST", TASKLIST_ENGINE + path, json, headers);
      }

      @Override
      public HttpResponse<String> put(String path, String json) {
        return session.sendJson("PUT", TASKLIST_ENGINE + path, json, headers);
      }

      @Override
      public HttpResponse<String> delete(String path) {
        return session.send("DELETE", TASKLIST_ENGINE + path, headers);
      }
    };
  }

  /** {@code {"variables": {name: {"value": value}, ...}}} with string values, as Tasklist sends a form. */
  static String variables(Map<String, Object> values) {
    StringBuilder json = new StringBuilder("{\"variables\":{");
    values.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
        .append('"').append(name).append("\":{\"value\":").append(jsonValue(value)).append('}'));
    return json.append("}}").toString();
  }

  private static String jsonValue(Object value) {
    return value instanceof String text ? "\"" + text.replace("\"", "\\\"") + "\"" : String.valueOf(value);
  }
}
