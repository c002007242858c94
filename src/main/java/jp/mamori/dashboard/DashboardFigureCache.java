package jp.mamori.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, computed at most once per language within {@code mamori.dashboard.figures-ttl} (default
 * one minute) and shared by every viewer (ADR 0031): the figures are the same for everyone who may see the page, and
 * at 20,000 cases computing them took seconds per view. The page says when they were computed; the lists behind the
 * figures are always read live. Each node keeps its own copy, which is never older than the time to live; zero turns
 * the cache off.
 */
@Component
class DashboardFigureCache {

  /** The figures of one language and when they were computed. */
  record Snapshot(List<SectionFigures> sections, Instant computedAt, long millis) {}

  private final Dashboard dashboard;
  private final Clock clock;
  private final Duration timeToLive;
  private final Map<Locale, Snapshot> byLocale = new ConcurrentHashMap<>();

  DashboardFigureCache(Dashboard dashboard, Clock clock,
      @Value("${mamori.dashboard.figures-ttl:PT1M}") Duration timeToLive) {
    this.dashboard = dashboard;
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  Snapshot of(Locale locale) {
    if (timeToLive.isZero() || timeToLive.isNegative()) {
      return compute(locale);
    }
    // one viewer computes, the others of that language wait for the result rather than compute it again
    return byLocale.compute(locale, (l, known) -> known != null && isFresh(known) ? known : compute(l));
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
