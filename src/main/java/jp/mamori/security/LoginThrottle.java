package jp.mamori.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins by account and by address, with a lock that grows with the failures and ends by itself (ADR 0026):
 * nobody can lock an account for good by guessing its passwords, and an address that tries many accounts is slowed
 * down. The counts are in the database (table {@code login_failure}), so every node of the application sees the same
 * locks (ADR 0034): spreading guesses over the nodes gains nothing, and a restart forgets nothing. Time comes from the
 * injected clock, so tests move it instead of waiting.
 */
public class LoginThrottle {

  /** What a failure started: the account's or the address's lock (null when none began now). */
  public record Locks(Instant accountLockedUntil, Instant addressLockedUntil) {}

  private static final String ACCOUNT = "account";
  private static final String ADDRESS = "address";
  /** Tries of a failure's count that met another count of the same row at the same moment. */
  private static final int TRIES = 10;

  private final LoginThrottleSettings settings;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  /** A failure's count commits on its own: the login's refusal that follows must not roll it back. */
  private final TransactionTemplate ownTransaction;
  /** Forgetting joins the login's transaction (no commit of its own), or has one: the pool is out of auto-commit. */
  private final TransactionTemplate joinedTransaction;

  public LoginThrottle(LoginThrottleSettings settings, Clock clock, JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.settings = settings;
    this.clock = clock;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.joinedTransaction = new TransactionTemplate(transactions);
  }

  /**
   * Until when a login of this account from this address is refused without looking at the password. One query for
   * both (HTTP Basic asks on every REST call).
   */
  public Optional<Instant> lockedUntil(String account, String address) {
    long now = clock.millis();
    List<Long> locks = jdbc.queryForList("select locked_until from login_failure where locked_until > ?"
        + " and ((kind = ? and name = ?) or (kind = ? and name = ?))", Long.class,
        now, ACCOUNT, key(account), ADDRESS, address == null ? "" : address);
    return locks.stream().max(Long::compare).map(Instant::ofEpochMilli);
  }

  /**
   * Counts a wrong password (or an unknown account: the same, so the answer says nothing about accounts). Wrong
   * passwords of one account at the same moment (a client retrying in parallel, a script guessing) each count once:
   * the count that lost a race for the row (its insert came second, or the database chose it as a deadlock's victim)
   * is rolled back as a whole and counted again, never answered as a server error.
   */
  public Locks failed(String account, String address) {
    Instant now = clock.instant();
    for (int tried = 1; ; tried++) {
      try {
        return ownTransaction.execute(status -> {
          // failures are rare: their clean-up costs nothing to the right passwords
          jdbc.update("delete from login_failure where last_failed < ?",
              now.minus(settings.forgetAfter()).toEpochMilli());
          Instant accountLock = count(ACCOUNT, key(account), settings.accountFreeAttempts(), now);
          Instant addressLock = address == null ? null : count(ADDRESS, address, settings.addressFreeAttempts(), now);
          return new Locks(accountLock, addressLock);
        });
      } catch (DuplicateKeyException | PessimisticLockingFailureException anotherCountFirst) {
        if (tried == TRIES) {
          throw anotherCountFirst;
        }
      }
    }
  }

  /** The right password: the account's failures are forgotten (the address's are not, they may be another's). */
  public void succeeded(String account) {
    joinedTransaction.executeWithoutResult(
        status -> jdbc.update("delete from login_failure where kind = ? and name = ?", ACCOUNT, key(account)));
  }

  /**
   * The failure counted under a row lock, so two nodes counting at once count twice. A first failure inserts the row;
   * when another count inserted it first, the insert's duplicate key ends this transaction ({@link #failed} counts
   * again): the lock it waited for stays with it, and asking for the row again in it could deadlock.
   */
  private Instant count(String kind, String name, int freeAttempts, Instant now) {
    List<Integer> counts = jdbc.queryForList(
        "select failures from login_failure where kind = ? and name = ? for update", Integer.class, kind, name);
    int count;
    if (counts.isEmpty()) {
      jdbc.update("insert into login_failure (kind, name, failures, last_failed) values (?, ?, 1, ?)",
          kind, name, now.toEpochMilli());
      count = 1;
    } else {
      count = counts.get(0) + 1;
    }
    int over = count - freeAttempts;
    Instant lockedUntil = over <= 0 ? null : now.plus(lockFor(over));
    jdbc.update("update login_failure set failures = ?, last_failed = ?, locked_until = ? where kind = ? and name = ?",
        count, now.toEpochMilli(), lockedUntil == null ? null : lockedUntil.toEpochMilli(), kind, name);
    return lockedUntil;
  }

  /** first-lock × 2^(over-1), at most longest-lock. */
  Duration lockFor(int over) {
    Duration lock = settings.firstLock();
    for (int i = 1; i < over && lock.compareTo(settings.longestLock()) < 0; i++) {
      lock = lock.multipliedBy(2);
    }
    return lock.compareTo(settings.longestLock()) > 0 ? settings.longestLock() : lock;
  }

  private static String key(String account) {
    return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
  }
}
