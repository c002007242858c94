package jp.mamori.web;

import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page or a click that failed because the database cannot be reached gets the "database unavailable" answer
 * ({@link DatabaseDownAnswer}: 503 and the app's page, or for an ajax click a redirect to it) instead of Faces' own
 * handling, which logs a stack trace and, for ajax, shows nothing at all in production. Registered in
 * faces-config.xml.
 */
public class DatabaseDownHandling extends FailureAnswering {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseDownHandling.class);

  public DatabaseDownHandling(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  protected boolean answered(Throwable thrown, FacesContext context) {
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    if (!DatabaseUnavailable.causedBy(thrown) || response.isCommitted()) {
      return false;
    }
    LOG.warn("Database unavailable: {} {} answered 503", request.getMethod(), request.getRequestURI());
    try {
      DatabaseDownAnswer.answer(request, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }
}
