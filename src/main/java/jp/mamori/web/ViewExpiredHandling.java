package jp.mamori.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A post whose view state the server no longer has (the page sat open too long, more pages were opened since, or
 * the state was forged) leads to the "page expired, reload" page instead of a 500; ajax posts too, through a
 * partial-response redirect. Registered in faces-config.xml.
 */
public class ViewExpiredHandling extends FailureAnswering {

  public ViewExpiredHandling(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  protected boolean answered(Throwable thrown, FacesContext context) {
    Optional<ViewExpiredException> expired = expired(thrown);
    expired.ifPresent(e -> sendToExpiredPage(context, e.getViewId()));
    return expired.isPresent();
  }

  private static Optional<ViewExpiredException> expired(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static void sendToExpiredPage(FacesContext context, String viewId) {
    ExternalContext external = context.getExternalContext();
    String page = pageToReload((HttpServletRequest) external.getRequest(), viewId);
    try {
      external.redirect(external.getRequestContextPath() + ErrorPages.EXPIRED_PATH + "?page="
          + URLEncoder.encode(page, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page as the user opened it, with its query (a task's id), from the referrer; else the view. Only a path
   * is taken, and the expired page checks it again before it links to it, so no referrer leads out of the app.
   */
  static String pageToReload(HttpServletRequest request, String viewId) {
    String fallback = viewId == null ? "/" : viewId;
    String referer = request.getHeader("Referer");
    try {
      URI uri = referer == null ? null : URI.create(referer);
      String context = request.getContextPath();
      if (uri == null || uri.getRawPath() == null || !uri.getRawPath().startsWith(context + "/")) {
        return fallback;
      }
      String inApp = uri.getRawPath().substring(context.length());
      return uri.getRawQuery() == null ? inApp : inApp + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
