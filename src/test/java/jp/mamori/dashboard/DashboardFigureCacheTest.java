package jp.mamori.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dashboard's figures are computed once per language within their time to live, then afresh (ADR 0031). */
class DashboardFigureCacheTest {

  private final AtomicInteger computed = new AtomicInteger();
  private Instant now = Instant.parse("2026-12-01T00:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Tokyo");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @Test
  void figuresAreSharedWithinTheirTimeToLiveAndComputedAgainAfterIt() {
    List<Runnable> background = new ArrayList<>();
    DashboardFigureCache cache = new DashboardFigureCache(dashboard(), clock, Duration.ofMinutes(1), background::add);

    DashboardFigureCache.Snapshot first = cache.of(Locale.JAPANESE);
    now = now.plusSeconds(59);
    assertThat(cache.of(Locale.JAPANESE)).isSameAs(first);
    assertThat(computed).hasValue(1);

    cache.of(Locale.ENGLISH);
    assertThat(computed).as("each language on its own").hasValue(2);

    // after the minute: the view gets the figures it has at once, their recomputation starts in the background
    now = now.plusSeconds(1);
    assertThat(cache.of(Locale.JAPANESE)).isSameAs(first);
    assertThat(cache.of(Locale.JAPANESE)).as("one recomputation at a time").isSameAs(first);
    assertThat(background).hasSize(1);
    assertThat(computed).hasValue(2);

    background.remove(0).run();
    assertThat(computed).hasValue(3);
    DashboardFigureCache.Snapshot fresh = cache.of(Locale.JAPANESE);
    assertThat(fresh).isNotSameAs(first);
    assertThat(fresh.computedAt()).isEqualTo(now);
    assertThat(background).isEmpty();
  }

  @Test
  void aZeroTimeToLiveComputesOnEveryView() {
    DashboardFigureCache cache = new DashboardFigureCache(dashboard(), clock, Duration.ZERO);
    cache.of(Locale.JAPANESE);
    cache.of(Locale.JAPANESE);
    assertThat(computed).hasValue(2);
  }

  private Dashboard dashboard() {
    return new Dashboard(List.of(new DashboardSection() {
      @Override
      public String id() {
        return "probe";
      }

      @Override
      public int order() {
        return 0;
      }

      @Override
      public String titleKey() {
        return "probe";
      }

      @Override
      public List<String> columns(Locale locale) {
        return List.of();
      }

      @Override
      public List<FigureRow> rows(Locale locale) {
        computed.incrementAndGet();
        return List.of();
      }

      @Override
      public Optional<FigureList> list(String figureId, Locale locale) {
        return Optional.empty();
      }
    }));
  }
}
