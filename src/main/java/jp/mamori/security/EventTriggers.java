package jp.mamori.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Message correlation, signals and condition evaluation over REST and the webapps' engine API are refused for
 * everyone (docs/security.md). The engine would check only UPDATE_INSTANCE / CREATE_INSTANCE: a message moves a
 * case past its decisions (an incident downgraded without the head's reason) and a message start bypasses the
 * start page's checks. No model names a role that may trigger one from outside; the app's own glue correlates
 * after its own rule (IncidentBoard: only the head downgrades). A model that needs an outside trigger is opened
 * here by name, with the roles it names, and a test.
 */
final class EventTriggers {

  /** {@code /engine-rest/message}, {@code /engine-rest/engine/default/signal}, ... */
  static final RequestMatcher OVER_ENGINE_REST = triggers("/engine-rest", "/engine-rest/engine/*");

  /** The same resources behind Cockpit and Tasklist ({@code /camunda/api/engine/engine/default/message}). */
  static final RequestMatcher OVER_WEBAPP_API = triggers("/camunda/api/engine/engine/*");

  private EventTriggers() {}

  private static RequestMatcher triggers(String... roots) {
    List<RequestMatcher> matchers = new ArrayList<>();
    for (String root : roots) {
      for (String resource : new String[] {"message", "signal", "condition"}) {
        matchers.add(antMatcher(root + "/" + resource));
        matchers.add(antMatcher(root + "/" + resource + "/**"));
      }
    }
    return new OrRequestMatcher(matchers);
  }
}
