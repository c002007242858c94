package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.mamori.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The throttle on the database, with a clock the test moves (ADR 0026): a lock grows, ends by itself, never lasts;
 * a second throttle over the same database (another node, ADR 0034) sees the same locks. Names and addresses carry
 * a tag of their own: the table is shared with the other tests.
 */
class LoginThrottleTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T00:00:00Z"));
  private final String tag = "-" + UUID.randomUUID().toString().substring(0, 8);
  private LoginThrottle throttle;

  @BeforeEach
  void throttleOnTheDatabase() {
    throttle = new LoginThrottle(LoginThrottleSettings.defaults(), clock, jdbc, transactions);
  }

  @Test
  void anotherNodeSeesTheLockAndForgetsTheFailuresWithTheRightPassword() {
    LoginThrottle otherNode = new LoginThrottle(LoginThrottleSettings.defaults(), clock, jdbc, transactions);
    for (int i = 0; i < 3; i++) {
      throttle.failed("nurse" + tag, "10.0.0.1" + tag);
      otherNode.failed("nurse" + tag, "10.0.0.2" + tag);
    }
    assertThat(otherNode.lockedUntil("nurse" + tag, "10.0.0.3" + tag)).contains(clock.instant().plusSeconds(60));
    otherNode.succeeded("NURSE" + tag);
    assertThat(throttle.failed("nurse" + tag, "10.0.0.1" + tag).accountLockedUntil()).isNull();
  }

  @Test
  void anAccountIsLockedAfterFiveFailuresForAGrowingWhileThatEndsByItself() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.failed("nurse" + tag, "10.0.0.1" + tag).accountLockedUntil()).isNull();
    }
    assertThat(throttle.lockedUntil("nurse" + tag, "10.0.0.1" + tag)).isEmpty();

    assertThat(throttle.failed("nurse" + tag, "10.0.0.1" + tag).accountLockedUntil()).isEqualTo(clock.instant().plusSeconds(60));
    assertThat(throttle.lockedUntil("NURSE" + tag, "10.0.0.2" + tag)).isPresent();

    clock.advance(Duration.ofSeconds(61));
    assertThat(throttle.lockedUntil("nurse" + tag, "10.0.0.1" + tag)).isEmpty();
    assertThat(throttle.failed("nurse" + tag, "10.0.0.1" + tag).accountLockedUntil()).isEqualTo(clock.instant().plusSeconds(120));
    clock.advance(Duration.ofSeconds(121));
    assertThat(throttle.failed("nurse" + tag, "10.0.0.1" + tag).accountLockedUntil()).isEqualTo(clock.instant().plusSeconds(240));
  }

  @Test
  void noLockLastsLongerThanTheLongestLockHoweverManyFailures() {
    for (int i = 0; i < 200; i++) {
      throttle.failed("director" + tag, "10.0.0." + (i % 200) + tag);
    }
    assertThat(throttle.lockedUntil("director" + tag, "10.0.0.250" + tag)).contains(clock.instant().plus(Duration.ofMinutes(15)));

    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(throttle.lockedUntil("director" + tag, "10.0.0.250" + tag)).isEmpty();
  }

  @Test
  void theRightPasswordForgetsTheAccountsFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("clerk" + tag, "10.0.0.1" + tag);
    }
    throttle.succeeded("clerk" + tag);
    assertThat(throttle.failed("clerk" + tag, "10.0.0.1" + tag).accountLockedUntil()).isNull();
  }

  @Test
  void anAddressTryingManyAccountsIsLockedButOtherAddressesAreNot() {
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.failed("guess" + i + tag, "192.0.2.9" + tag).addressLockedUntil()).isNull();
    }
    assertThat(throttle.failed("guess-last" + tag, "192.0.2.9" + tag).addressLockedUntil()).isNotNull();

    assertThat(throttle.lockedUntil("director" + tag, "192.0.2.9" + tag)).isPresent();
    assertThat(throttle.lockedUntil("director" + tag, "10.0.0.1" + tag)).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    assertThat(throttle.lockedUntil("director" + tag, "192.0.2.9" + tag)).isEmpty();
  }

  @Test
  void failuresLongAgoAreForgotten() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("desk" + tag, "10.0.0.1" + tag);
    }
    clock.advance(Duration.ofHours(2));
    assertThat(throttle.failed("desk" + tag, "10.0.0.1" + tag).accountLockedUntil()).isNull();
  }

  /**
   * Wrong passwords of one account at the same moment, as a REST client with eight threads sends them: on MariaDB the
   * first failures, inserting the same row, used to deadlock, and the login answered 500 instead of 401. Each is
   * counted once. Twenty accounts in turn, each failing eight times at once from an address of its own: every round is a race
   * for both first rows. The clock is later than every other row's, as on a fresh installation: the clean-up at the
   * start of each count then reaches the very rows being counted, which is where the deadlock was.
   */
  @Test
  void failuresAtTheSameMomentAreEachCountedOnceWithoutAnError() throws Exception {
    int threads = 8;
    int rounds = 20;
    LoginThrottle throttle = new LoginThrottle(LoginThrottleSettings.defaults(),
        new MovableClock(Instant.parse("2099-01-01T00:00:00Z")), jdbc, transactions);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String account = "nurse" + round + tag;
        String address = "10.0.8." + round + tag;
        CountDownLatch together = new CountDownLatch(1);
        List<Future<?>> counted = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          counted.add(pool.submit(() -> {
            together.await();
            return throttle.failed(account, address);
          }));
        }
        together.countDown();
        for (Future<?> each : counted) {
          each.get(); // an exception of a count is thrown here
        }
        assertThat(failures("account", account)).as(account).isEqualTo(threads);
        assertThat(failures("address", address)).as(address).isEqualTo(threads);
      }
    } finally {
      pool.shutdown();
    }
  }

  private int failures(String kind, String name) {
    return jdbc.queryForObject("select failures from login_failure where kind = ? and name = ?", Integer.class,
        kind, name);
  }
}
