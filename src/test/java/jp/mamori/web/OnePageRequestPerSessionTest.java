package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * ADR 0034: two page requests of one session (two tabs) run one after the other, so the second reads the views the
 * first has stored; other sessions, and requests that are not pages, do not wait.
 */
class OnePageRequestPerSessionTest {

  private final OnePageRequestPerSession.Queue queue =
      new OnePageRequestPerSession.Queue("MAMORI_SESSION", Duration.ofMinutes(1));
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstMayEnd = new CountDownLatch(1);
  private final CountDownLatch firstRuns = new CountDownLatch(1);

  @AfterEach
  void stopThreads() {
    firstMayEnd.countDown();
    threads.shutdownNow();
  }

  @Test
  void aSecondTabsRequestRunsOnlyAfterTheFirstHasEnded() throws Exception {
    Future<?> first = send(queue, "/tasks.xhtml", "session-1", heldFirst());
    firstRuns.await();
    Future<?> second = send(queue, "/task.xhtml", "session-1", recorded("second"));
    while (!queue.someoneWaits("session-1")) {
      Thread.onSpinWait();
    }

    assertThat(events).containsExactly("first in");
    firstMayEnd.countDown();
    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);

    assertThat(events).containsExactly("first in", "first out", "second");
    assertThat(queue.sessionsInTurn()).isZero();
  }

  @Test
  void anotherSessionDoesNotWait() throws Exception {
    send(queue, "/tasks.xhtml", "session-1", heldFirst());
    firstRuns.await();

    send(queue, "/tasks.xhtml", "session-2", recorded("other session")).get(10, TimeUnit.SECONDS);

    assertThat(events).containsExactly("first in", "other session");
  }

  @Test
  void resourcesDownloadsAndRequestsWithoutASessionDoNotWait() throws Exception {
    send(queue, "/tasks.xhtml", "session-1", heldFirst());
    firstRuns.await();

    send(queue, "/jakarta.faces.resource/core.js.xhtml", "session-1", recorded("script")).get(10, TimeUnit.SECONDS);
    send(queue, "/access-log/export.csv", "session-1", recorded("download")).get(10, TimeUnit.SECONDS);
    send(queue, "/login.xhtml", null, recorded("login page")).get(10, TimeUnit.SECONDS);

    assertThat(events).containsExactly("first in", "script", "download", "login page");
  }

  @Test
  void aRequestThatWaitedTooLongRunsAnyway() throws Exception {
    var impatient = new OnePageRequestPerSession.Queue("MAMORI_SESSION", Duration.ofMillis(50));
    send(impatient, "/tasks.xhtml", "session-1", heldFirst());
    firstRuns.await();

    send(impatient, "/tasks.xhtml", "session-1", recorded("second")).get(10, TimeUnit.SECONDS);

    assertThat(events).containsExactly("first in", "second");
    firstMayEnd.countDown();
  }

  @Test
  void aFailedRequestGivesTheTurnToTheNext() throws Exception {
    Future<?> failed = send(queue, "/tasks.xhtml", "session-1", (request, response) -> {
      throw new IllegalStateException("the database went away");
    });
    assertThat(failed).failsWithin(Duration.ofSeconds(10));

    send(queue, "/tasks.xhtml", "session-1", recorded("next")).get(10, TimeUnit.SECONDS);

    assertThat(events).containsExactly("next");
    assertThat(queue.sessionsInTurn()).isZero();
  }

  private FilterChain heldFirst() {
    return (request, response) -> {
      events.add("first in");
      firstRuns.countDown();
      try {
        firstMayEnd.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      events.add("first out");
    };
  }

  private FilterChain recorded(String event) {
    return (request, response) -> events.add(event);
  }

  private Future<?> send(OnePageRequestPerSession.Queue filter, String uri, String session, FilterChain chain) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    if (session != null) {
      request.setCookies(new Cookie("MAMORI_SESSION", session));
    }
    return threads.submit(() -> {
      filter.doFilter(request, new MockHttpServletResponse(), chain);
      return null;
    });
  }
}
