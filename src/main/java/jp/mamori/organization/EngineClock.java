package jp.mamori.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's: the moment a leak became known, the deadlines the glue computes and the
 * timers the engine fires all read the same "now". In production that is the system clock; a test moves it with
 * {@code ClockUtil.setCurrentTime(…)} (and resets it afterwards) instead of sleeping.
 */
final class EngineClock extends Clock {

  private final ZoneId zone;

  EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
