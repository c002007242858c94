package jp.mamori.process;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.web.LocaleSelection;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the engine is serving a request that reached it without the app's pages: {@code /engine-rest} (scripts,
 * Camunda Modeler) or the webapps' REST under {@code /camunda/api/} (Tasklist, Cockpit). The app validates its forms
 * before it calls the engine; these channels send whatever they like, so the engine checks for them.
 */
final class RemoteChannel {

  private RemoteChannel() {}

  static boolean isActive() {
    return currentRequest().map(RemoteChannel::path)
        .filter(path -> path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/"))
        .isPresent();
  }

  /** The caller's language for messages: English when asked for, Japanese otherwise (the staff are Japanese). */
  static Locale locale() {
    return currentRequest().map(LocaleSelection::requested).orElse(Locale.JAPANESE);
  }

  private static Optional<HttpServletRequest> currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? Optional.of(attributes.getRequest()) : Optional.empty();
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
