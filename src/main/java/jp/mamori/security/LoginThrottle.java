package jp.mamori.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins by account and by address, with a lock that grows with the failures and ends by itself (ADR 0026):
 * nobody can lock an account for good by guessing its passwords, and an address that tries many accounts is slowed
 * down. The counts are kept in memory (one application node; a restart forgets them). Time comes from the injected
 * clock, so tests move it instead of waiting.
 */
public class LoginThrottle {

  /** What a failure started: the account's or the address's lock (null when none began now). */
  public record Locks(Instant accountLockedUntil, Instant addressLockedUntil) {}

  private static final class Failures {
    private int count;
    private Instant last;
    private Instant lockedUntil;
  }

  private static final int MAX_KEYS = 10_000;

  private final LoginThrottleSettings settings;
  private final Clock clock;
  private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
  private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

  public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Until when a login of this account from this address is refused without looking at the password. */
  public Optional<Instant> lockedUntil(String account, String address) {
    Instant now = clock.instant();
    Instant byAccount = until(accounts.get(key(account)), now);
    Instant byAddress = address == null ? null : until(addresses.get(address), now);
    return byAccount == null ? Optional.ofNullable(byAddress)
        : Optional.of(byAddress == null || byAccount.isAfter(byAddress) ? byAccount : byAddress);
  }

  /** Counts a wrong password (or an unknown account: the same, so the answer says nothing about accounts). */
  public Locks failed(String account, String address) {
    Instant now = clock.instant();
    Instant accountLock = count(accounts, key(account), settings.accountFreeAttempts(), now);
    Instant addressLock = address == null ? null : count(addresses, address, settings.addressFreeAttempts(), now);
    return new Locks(accountLock, addressLock);
  }

  /** The right password: the account's failures are forgotten (the address's are not, they may be another's). */
  public void succeeded(String account) {
    accounts.remove(key(account));
  }

  private Instant count(Map<String, Failures> counts, String key, int freeAttempts, Instant now) {
    if (counts.size() > MAX_KEYS) {
      // many names or addresses tried: drop those whose failures are forgotten anyway
      counts.values().removeIf(f -> f.last != null && f.last.plus(settings.forgetAfter()).isBefore(now));
    }
    Failures failures = counts.computeIfAbsent(key, k -> new Failures());
    synchronized (failures) {
      if (failures.last != null && failures.last.plus(settings.forgetAfter()).isBefore(now)) {
        failures.count = 0;
        failures.lockedUntil = null;
      }
      failures.count++;
      failures.last = now;
      int over = failures.count - freeAttempts;
      if (over <= 0) {
        return null;
      }
      failures.lockedUntil = now.plus(lockFor(over));
      return failures.lockedUntil;
    }
  }

  /** first-lock × 2^(over-1), at most longest-lock. */
  Duration lockFor(int over) {
    Duration lock = settings.firstLock();
    for (int i = 1; i < over && lock.compareTo(settings.longestLock()) < 0; i++) {
      lock = lock.multipliedBy(2);
    }
    return lock.compareTo(settings.longestLock()) > 0 ? settings.longestLock() : lock;
  }

  private static Instant until(Failures failures, Instant now) {
    if (failures == null) {
      return null;
    }
    synchronized (failures) {
      return failures.lockedUntil != null && failures.lockedUntil.isAfter(now) ? failures.lockedUntil : null;
    }
  }

  private static String key(String account) {
    return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
  }
}
