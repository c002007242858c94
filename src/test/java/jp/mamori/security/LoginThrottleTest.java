package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle alone, with a clock the test moves (ADR 0026): a lock grows, ends by itself, never lasts. */
class LoginThrottleTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T00:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(LoginThrottleSettings.defaults(), clock);

  @Test
  void anAccountIsLockedAfterFiveFailuresForAGrowingWhileThatEndsByItself() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.failed("nurse", "10.0.0.1").accountLockedUntil()).isNull();
    }
    assertThat(throttle.lockedUntil("nurse", "10.0.0.1")).isEmpty();

    assertThat(throttle.failed("nurse", "10.0.0.1").accountLockedUntil()).isEqualTo(clock.instant().plusSeconds(60));
    assertThat(throttle.lockedUntil("NURSE", "10.0.0.2")).isPresent();

    clock.advance(Duration.ofSeconds(61));
    assertThat(throttle.lockedUntil("nurse", "10.0.0.1")).isEmpty();
    assertThat(throttle.failed("nurse", "10.0.0.1").accountLockedUntil()).isEqualTo(clock.instant().plusSeconds(120));
    clock.advance(Duration.ofSeconds(121));
    assertThat(throttle.failed("nurse", "10.0.0.1").accountLockedUntil()).isEqualTo(clock.instant().plusSeconds(240));
  }

  @Test
  void noLockLastsLongerThanTheLongestLockHoweverManyFailures() {
    for (int i = 0; i < 200; i++) {
      throttle.failed("director", "10.0.0." + (i % 200));
    }
    assertThat(throttle.lockedUntil("director", "10.0.0.250")).contains(clock.instant().plus(Duration.ofMinutes(15)));

    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(throttle.lockedUntil("director", "10.0.0.250")).isEmpty();
  }

  @Test
  void theRightPasswordForgetsTheAccountsFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("clerk", "10.0.0.1");
    }
    throttle.succeeded("clerk");
    assertThat(throttle.failed("clerk", "10.0.0.1").accountLockedUntil()).isNull();
  }

  @Test
  void anAddressTryingManyAccountsIsLockedButOtherAddressesAreNot() {
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.failed("guess" + i, "192.0.2.9").addressLockedUntil()).isNull();
    }
    assertThat(throttle.failed("guess-last", "192.0.2.9").addressLockedUntil()).isNotNull();

    assertThat(throttle.lockedUntil("director", "192.0.2.9")).isPresent();
    assertThat(throttle.lockedUntil("director", "10.0.0.1")).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    assertThat(throttle.lockedUntil("director", "192.0.2.9")).isEmpty();
  }

  @Test
  void failuresLongAgoAreForgotten() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("desk", "10.0.0.1");
    }
    clock.advance(Duration.ofHours(2));
    assertThat(throttle.failed("desk", "10.0.0.1").accountLockedUntil()).isNull();
  }
}
