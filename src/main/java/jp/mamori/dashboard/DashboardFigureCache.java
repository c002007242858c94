package jp.mamori.dashboard;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, computed at most once per language within {@code mamori.dashboard.figures-ttl} (default
 * one minute) and shared by every viewer (ADR 0031): the figures are the same for everyone who may see the page, and
 * at 20,000 cases computing them took seconds per view. The page says when they were computed; the lists behind the
 * figures are always read live. Each node keeps its own copy; zero turns the cache off.
 *
 * <p>Only the first view of a language after the start waits for the computation. Once the figures are older than
 * the time to live, the next view still gets them at once and starts their recomputation in the background (one at a
 * time per language); the views after it get the new ones (ADR 0040: at 100,000 cases the computation takes about
 * 10 s, which one viewer a minute would otherwise wait for).
 */
@Component
class DashboardFigureCache {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardFigureCache.class);

  /** The figures of one language and when they were computed. */
  record Snapshot(List<SectionFigures> sections, Instant computedAt, long millis) {}

  private final Dashboard dashboard;
  private final Clock clock;
  private final Duration timeToLive;
  private final Executor refresher;
  private final Map<Locale, Snapshot> byLocale = new ConcurrentHashMap<>();
  private final Set<Locale> refreshing = ConcurrentHashMap.newKeySet();

  @Autowired
  DashboardFigureCache(Dashboard dashboard, Clock clock,
      @Value("${mamori.dashboard.figures-ttl:PT1M}") Duration timeToLive) {
    // a thread of its own: the application's only executor bean is the engine's job executor
    this(dashboard, clock, timeToLive, Executors.newSingleThreadExecutor(work -> {
      Thread thread = new Thread(work, "dashboard-figures");
      thread.setDaemon(true);
      return thread;
    }));
  }

  /** The refresher's thread ends with the application context. */
  @PreDestroy
  void stop() {
    if (refresher instanceof ExecutorService service) {
      service.shutdownNow();
    }
  }

  DashboardFigureCache(Dashboard dashboard, Clock clock, Duration timeToLive, Executor refresher) {
    this.dashboard = dashboard;
    this.clock = clock;
    this.timeToLive = timeToLive;
    this.refresher = refresher;
  }

  Snapshot of(Locale locale) {
    if (timeToLive.isZero() || timeToLive.isNegative()) {
      return compute(locale);
    }
    Snapshot known = byLocale.get(locale);
    if (known == null) {
      // one viewer computes, the others of that language wait for the result rather than compute it again
      return byLocale.computeIfAbsent(locale, this::compute);
    }
    if (!isFresh(known) && refreshing.add(locale)) {
      refresher.execute(() -> refresh(locale));
    }
    return known;
  }

  private void refresh(Locale locale) {
    try {
      byLocale.put(locale, compute(locale));
    } catch (RuntimeException e) {
      // the previous figures stay on the page with their time; the next view tries again
      LOG.warn("the dashboard's figures ({}) could not be computed again: {}", locale, e.toString());
    } finally {
      refreshing.remove(locale);
    }
  }

  private boolean isFresh(Snapshot snapshot) {
    return clock.instant().isBefore(snapshot.computedAt().plus(timeToLive));
  }

  private Snapshot compute(Locale locale) {
    Instant at = clock.instant();
    long t0 = System.nanoTime();
    List<SectionFigures> sections = dashboard.figures(locale);
    return new Snapshot(sections, at, (System.nanoTime() - t0) / 1_000_000);
  }
}
