package jp.mamori.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The answer to a request that failed because the database cannot be reached ({@link DatabaseUnavailable}): 503 with
 * {@code Retry-After}, and what happened in the user's language — the app's own error page for a browser, a
 * partial-response redirect to it for a Faces ajax click (PrimeFaces would show nothing), JSON of Camunda's shape
 * ({@code type}, {@code message}) for {@code /engine-rest} and the webapps' API. Never a stack trace, never the
 * driver's text (it names hosts and SQL).
 *
 * <p>A filter in front of everything, Spring Security included: with the database gone, the first thing to fail is
 * often the login itself (HTTP Basic checks the password in the engine on every REST call). Failures the engine's
 * REST layer maps itself are answered the same way by {@code process.RestRefusals}; an ajax postback's by
 * {@link DatabaseDownHandling}. A response already committed is left as it is (nothing can be said any more).
 */
@Configuration
class DatabaseDownAnswer {

  static final String PATH = "/error/unavailable";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseDownAnswer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<Guard> databaseDownGuard() {
    var registration = new FilterRegistrationBean<>(new Guard());
    registration.addUrlPatterns("/*");
    // outside Spring Security (-100) and Spring's request context (-105): the login may be what fails
    registration.setOrder(-110);
    return registration;
  }

  static final class Guard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } catch (ServletException | IOException | RuntimeException e) {
        if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
          throw e;
        }
        LOG.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
            deepest(e));
        answer(request, response);
      }
    }
  }

  /**
   * What a 503 says: its page {@code error.<kind>} (title and text; REST gets the text in Camunda's JSON with
   * {@code type}), when to try again, and where a Faces ajax click goes — the error page, or back to its own page
   * when another node (or this one, a moment later) can simply open it.
   */
  record Outage(String kind, String type, int retryAfterSeconds, boolean clickBackToItsPage) {}

  static final Outage DATABASE = new Outage("unavailable", DatabaseUnavailable.TYPE,
      DatabaseUnavailable.RETRY_AFTER_SECONDS, false);

  static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(request, response, DATABASE);
  }

  /** A 503 in the user's language. */
  static void answer(HttpServletRequest request, HttpServletResponse response, Outage outage) throws IOException {
    response.reset();
    response.setHeader("Retry-After", String.valueOf(outage.retryAfterSeconds()));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(json(outage.type(), Messages.text(LocaleSelection.requested(request),
          "error." + outage.kind() + ".text")));
    } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // a partial response is read only with 200; the browser then opens the page, which answers 503
      String target = outage.clickBackToItsPage() ? ViewExpiredHandling.pageToReload(request, null) : pageUrl(request);
      response.setContentType("text/xml;charset=UTF-8");
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
          + ErrorPage.escape(request.getContextPath() + target) + "\"/></partial-response>");
    } else {
      String reload = "GET".equals(request.getMethod()) ? ErrorPages.pageOrNull(
          request.getQueryString() == null ? path : path + "?" + request.getQueryString()) : null;
      ErrorPage page = new ErrorPage(outage.kind(), HttpStatus.SERVICE_UNAVAILABLE, LocaleSelection.of(request),
          reload);
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      response.setContentType(page.getContentType());
      response.getWriter().write(page.html(request.getContextPath()));
    }
  }

  /** The error page, with the page the user was on to open again (from the referrer, as an expired page does). */
  static String pageUrl(HttpServletRequest request) {
    String page = ViewExpiredHandling.pageToReload(request, null);
    return ErrorPages.pageOrNull(page) == null ? PATH
        : PATH + "?page=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8);
  }

  /** The JSON a REST client gets: Camunda's {@code type} and {@code message}, as the app's other refusals. */
  private static byte[] json(String type, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return JSON.writeValueAsBytes(body);
  }

  /** The driver's own words for the log: the deepest cause, one line. */
  private static String deepest(Throwable thrown) {
    Throwable t = thrown;
    for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < 32; depth++) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
