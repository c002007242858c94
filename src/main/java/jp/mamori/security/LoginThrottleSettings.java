package jp.mamori.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling of failed logins (ADR 0026, docs/operations.md): after {@code accountFreeAttempts} failures for one
 * account, or {@code addressFreeAttempts} failures from one address, each further failure locks that account or
 * address for {@code firstLock}, doubled per failure up to {@code longestLock}; the lock ends by itself. Failures
 * older than {@code forgetAfter} (counted from the last one) are forgotten.
 */
@ConfigurationProperties("mamori.security.login-throttle")
public record LoginThrottleSettings(
    @DefaultValue("5") int accountFreeAttempts,
    @DefaultValue("20") int addressFreeAttempts,
    @DefaultValue("PT1M") Duration firstLock,
    @DefaultValue("PT15M") Duration longestLock,
    @DefaultValue("PT1H") Duration forgetAfter) {

  public LoginThrottleSettings {
    if (accountFreeAttempts < 1 || addressFreeAttempts < 1 || firstLock.isNegative() || firstLock.isZero()
        || longestLock.compareTo(firstLock) < 0 || forgetAfter.compareTo(longestLock) < 0) {
      throw new IllegalArgumentException("mamori.security.login-throttle: free attempts at least 1, "
          + "0 < first-lock <= longest-lock <= forget-after");
    }
  }

  /** The defaults, for tests and for a plain LoginThrottle. */
  public static LoginThrottleSettings defaults() {
    return new LoginThrottleSettings(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));
  }
}
