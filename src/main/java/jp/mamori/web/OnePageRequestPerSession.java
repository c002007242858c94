package jp.mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * The page requests of one session run one after the other on a node (ADR 0034). Mojarra keeps all of a session's
 * views in one session attribute; each request reads the session from the database and writes that attribute back
 * whole. Two requests of one session at once — a page opened in a second tab while the first tab's list refreshes —
 * each wrote back its own copy, and the view the other had just stored was lost: the next click on that page
 * answered "page expired" and what had been typed was gone. Held here, outside Spring Session's filter, the second
 * request reads the session only after the first has saved it.
 *
 * <p>Faces pages only ({@code .xhtml}, their ajax posts included); their resources, downloads of static files, REST
 * and the webapps do not wait. A request waits at most {@code mamori.web.session-request-wait} and then runs anyway:
 * a lost view is better than a page that never answers. Several nodes send a session's requests to one node while it
 * lives (session affinity at the balancer, docs/operations.md).
 */
@Configuration
class OnePageRequestPerSession {

  private static final Logger LOG = LoggerFactory.getLogger(OnePageRequestPerSession.class);

  @Bean
  FilterRegistrationBean<Queue> pageRequestsOfASessionInTurn(
      @Value("${server.servlet.session.cookie.name}") String sessionCookie,
      @Value("${mamori.web.session-request-wait}") Duration wait) {
    var registration = new FilterRegistrationBean<>(new Queue(sessionCookie, wait));
    registration.addUrlPatterns("/*");
    // outside DatabaseDownAnswer's guard (-110): waiting here reads nothing; the guard and Spring Session's filter run
    // inside the turn
    registration.setOrder(-111);
    return registration;
  }

  static final class Queue extends OncePerRequestFilter {

    private final String sessionCookie;
    private final Duration wait;
    private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();

    Queue(String sessionCookie, Duration wait) {
      this.sessionCookie = sessionCookie;
      this.wait = wait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return !uri.endsWith(".xhtml") || uri.contains("/jakarta.faces.resource/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String session = sessionOf(request);
      if (session == null) {
        chain.doFilter(request, response);
        return;
      }
      Turn turn = turns.compute(session, (key, existing) -> (existing == null ? new Turn() : existing).join());
      boolean mine = false;
      try {
        mine = turn.lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (!mine) {
          LOG.warn("{} {} ran beside another request of its session after waiting {}", request.getMethod(),
              request.getRequestURI(), wait);
        }
        chain.doFilter(request, response);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ServletException("interrupted while waiting for the session's previous request", e);
      } finally {
        if (mine) {
          turn.lock.unlock();
        }
        turns.computeIfPresent(session, (key, existing) -> existing.leave());
      }
    }

    private String sessionOf(HttpServletRequest request) {
      Cookie cookie = WebUtils.getCookie(request, sessionCookie);
      return cookie == null ? null : cookie.getValue();
    }

    /** Sessions with a request running or waiting (for tests). */
    int sessionsInTurn() {
      return turns.size();
    }

    /** Whether a request of this session is waiting for its turn (for tests). */
    boolean someoneWaits(String session) {
      Turn turn = turns.get(session);
      return turn != null && turn.lock.hasQueuedThreads();
    }
  }

  /** A session's lock and how many of its requests hold or wait for it; changed only inside the map's compute. */
  private static final class Turn {

    private final ReentrantLock lock = new ReentrantLock(true);
    private int requests;

    Turn join() {
      requests++;
      return this;
    }

    Turn leave() {
      return --requests == 0 ? null : this;
    }
  }
}
