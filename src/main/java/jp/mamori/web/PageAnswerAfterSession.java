package jp.mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A page's answer reaches the browser only after its session has been saved (ADR 0034). Spring Session saves a
 * session when the response is first flushed and again when the request ends; a page larger than the response
 * buffer is flushed early, so the browser could have the whole page, and send its next request, before the second
 * save — which then wrote back the view state this request had read over what the next one had stored (the list
 * beside a task refreshes as soon as the task's page has loaded; under load its view state was lost). Held here,
 * outside the session's filter, a page's body and redirect are sent after both saves.
 *
 * <p>Faces pages only ({@code .xhtml}, their ajax posts included): they are small. Downloads, REST and the
 * webapps stream as before. A request that fails sends nothing held: {@link DatabaseDownAnswer}, outside this
 * filter, still finds its response uncommitted and answers.
 */
@Configuration
class PageAnswerAfterSession {

  @Bean
  FilterRegistrationBean<Hold> pageAnswerHeldUntilSessionSaved() {
    var registration = new FilterRegistrationBean<>(new Hold());
    registration.addUrlPatterns("/*");
    // inside DatabaseDownAnswer's guard (-110), outside Spring Session's filter (-108, application.yaml)
    registration.setOrder(-109);
    return registration;
  }

  static final class Hold extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !request.getRequestURI().endsWith(".xhtml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HeldResponse held = new HeldResponse(response);
      chain.doFilter(request, held);
      held.send();
    }
  }

  /**
   * Spring's caching wrapper keeps the body (its {@code flushBuffer} sends nothing); a redirect, which it would send at
   * once, is kept too until {@link #send()}.
   */
  static final class HeldResponse extends ContentCachingResponseWrapper {

    private String redirect;

    HeldResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public boolean isCommitted() {
      return redirect != null || super.isCommitted();
    }

    @Override
    public void sendRedirect(String location) {
      if (isCommitted()) {
        throw new IllegalStateException("the response has already been committed");
      }
      resetBuffer();
      redirect = location;
    }

    @Override
    public void reset() {
      super.reset();
      redirect = null;
    }

    /** Sends what was held. */
    void send() throws IOException {
      if (redirect != null) {
        super.sendRedirect(redirect);
      } else {
        copyBodyToResponse();
      }
    }
  }
}
