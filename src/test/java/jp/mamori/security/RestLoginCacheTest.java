package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The REST login cache (ADR 0036): a successful HTTP Basic login is remembered for its time to live, a wrong
 * password never is, and a lock by the throttle (ADR 0026) applies at once.
 */
class RestLoginCacheTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T00:00:00Z"));
  private final LoginThrottle throttle = throttleOnItsOwnDatabase(clock);
  /** Stands in for the identity service: "nurse" with "right-password"; every check it makes is listed. */
  private final List<String> checks = new ArrayList<>();
  private final AuthenticationProvider identity = new AuthenticationProvider() {
    @Override
    public Authentication authenticate(Authentication a) {
      checks.add(a.getName() + "/" + a.getCredentials());
      if (!"nurse".equals(a.getName()) || !"right-password".equals(a.getCredentials())) {
        throw new BadCredentialsException("Bad credentials");
      }
      return UsernamePasswordAuthenticationToken.authenticated("nurse", null, List.of());
    }

    @Override
    public boolean supports(Class<?> type) {
      return true;
    }
  };

  private static Authentication basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  @Test
  @DisplayName("正しいパスワードの REST ログインは有効期間中だけ覚え、次の呼出しではパスワードを照合し直さない")
  void aSuccessIsRememberedForItsTimeToLive() {
    RestLoginCache cache = new RestLoginCache(identity, throttle, Duration.ofSeconds(30), clock);

    Authentication first = cache.authenticate(basic("nurse", "right-password"));
    clock.advance(Duration.ofSeconds(29));
    Authentication second = cache.authenticate(basic("nurse", "right-password"));
    assertThat(second).isSameAs(first);
    assertThat(checks).hasSize(1);

    clock.advance(Duration.ofSeconds(2));
    cache.authenticate(basic("nurse", "right-password"));
    assertThat(checks).hasSize(2);
  }

  @Test
  @DisplayName("誤ったパスワードは覚えたログインがあっても毎回照合され、拒否される")
  void aWrongPasswordIsAlwaysChecked() {
    RestLoginCache cache = new RestLoginCache(identity, throttle, Duration.ofSeconds(30), clock);
    cache.authenticate(basic("nurse", "right-password"));

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> cache.authenticate(basic("nurse", "wrong-password")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> cache.authenticate(basic("director", "right-password")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checks).containsExactly("nurse/right-password", "nurse/wrong-password", "nurse/wrong-password",
        "director/right-password");
  }

  @Test
  @DisplayName("ロック中のアカウントは覚えたログインがあっても即時に拒否される(ADR 0026)")
  void aLockAppliesAtOnce() {
    RestLoginCache cache = new RestLoginCache(identity, throttle, Duration.ofSeconds(30), clock);
    cache.authenticate(basic("nurse", "right-password"));
    for (int i = 0; i < LoginThrottleSettings.defaults().accountFreeAttempts() + 1; i++) {
      throttle.failed("nurse", null);
    }

    assertThatThrownBy(() -> cache.authenticate(basic("nurse", "right-password")))
        .isInstanceOf(LockedException.class).hasMessage("Bad credentials");
  }

  @Test
  @DisplayName("有効期間 0 は毎回照合する")
  void zeroTimeToLiveChecksEveryCall() {
    RestLoginCache cache = new RestLoginCache(identity, throttle, Duration.ZERO, clock);
    cache.authenticate(basic("nurse", "right-password"));
    cache.authenticate(basic("nurse", "right-password"));
    assertThat(checks).hasSize(2);
  }

  /** The throttle keeps its failures in the database (ADR 0034): an in-memory H2 of this test, with the app's table. */
  private static LoginThrottle throttleOnItsOwnDatabase(MovableClock clock) {
    DriverManagerDataSource database = new DriverManagerDataSource(
        "jdbc:h2:mem:rest-login-cache-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V28_2__login_failure.sql")).execute(database);
    return new LoginThrottle(LoginThrottleSettings.defaults(), clock,
        new JdbcTemplate(database), new DataSourceTransactionManager(database));
  }
}
