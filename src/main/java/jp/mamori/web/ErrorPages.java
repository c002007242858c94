package jp.mamori.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The app's own error pages instead of Spring Boot's "Whitelabel Error Page": every error a browser sees (403 from
 * the URL rules, 404, 500, ...) goes through Spring Boot's /error, which asks this resolver for its HTML; clients
 * that ask for JSON (Camunda's webapps, scripts) keep Spring Boot's JSON. Also the page an expired or forged view
 * state leads to (/error/expired, see {@link ViewExpiredHandling}), and the one a request that found no database
 * leads to (/error/unavailable, 503, see {@link DatabaseDownAnswer}).
 */
@Controller
class ErrorPages implements ErrorViewResolver {

  static final String EXPIRED_PATH = "/error/expired";

  /** A page of the app to open again: a path to a Facelets page with a plain query, nothing that leaves the app. */
  private static final Pattern PAGE = Pattern.compile("/(?!/)[A-Za-z0-9._~/-]*\\.xhtml(\\?[A-Za-z0-9._~=&%+-]*)?");

  private final ObjectProvider<LocaleSelection> localeSelection;

  ErrorPages(ObjectProvider<LocaleSelection> localeSelection) {
    this.localeSelection = localeSelection;
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    // a post after the 30-minute timeout carries no valid CSRF token: say so, rather than "not allowed"
    if (DatabaseUnavailable.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
      // what the guard in front (DatabaseDownAnswer) could not catch reaches the container as a 500
      return new ModelAndView(new ErrorPage("unavailable", HttpStatus.SERVICE_UNAVAILABLE, locale(request), null),
          model);
    }
    String kind = status == HttpStatus.FORBIDDEN && sessionTimedOut(request) ? "sessionExpired"
        : ErrorPage.kindOf(status);
    return new ModelAndView(new ErrorPage(kind, status, locale(request), null), model);
  }

  private static boolean sessionTimedOut(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }

  @GetMapping(EXPIRED_PATH)
  ModelAndView expired(@RequestParam(name = "page", required = false) String page, HttpServletRequest request) {
    String reload = pageOrNull(page);
    return new ModelAndView(new ErrorPage("expired", HttpStatus.OK, locale(request), reload == null ? "/" : reload),
        Map.of());
  }

  /** Where an ajax click that found no database is sent (DatabaseDownHandling): 503, and the page to open again. */
  @GetMapping(DatabaseDownAnswer.PATH)
  ModelAndView unavailable(@RequestParam(name = "page", required = false) String page,
      HttpServletRequest request) {
    return new ModelAndView(new ErrorPage("unavailable", HttpStatus.SERVICE_UNAVAILABLE, locale(request),
        pageOrNull(page)), Map.of());
  }

  /** The page if it is a page of the app to open again (see {@link #PAGE}), else null. */
  static String pageOrNull(String page) {
    return page != null && PAGE.matcher(page).matches() ? page : null;
  }

  /** The language the user chose in this session; Japanese without one (an error never opens a session). */
  private Locale locale(HttpServletRequest request) {
    return request.getSession(false) == null ? LocaleSelection.JAPANESE : localeSelection.getObject().getLocale();
  }
}
