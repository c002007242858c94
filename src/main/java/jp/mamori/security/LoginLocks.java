package jp.mamori.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.AuditTrail;
import jp.mamori.web.StoredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The login throttle of the application (ADR 0026), and what happens when it locks: the audit trail records the
 * lock (account or address, until when), and an account's owner is told by notification and e-mail — someone
 * tried their password — whatever the address.
 */
@Configuration
class LoginLocks {

  static final String ACCOUNT_LOCKED = "LOGIN_THROTTLED";
  static final String ADDRESS_LOCKED = "LOGIN_THROTTLED_ADDRESS";

  private static final Logger LOG = LoggerFactory.getLogger("jp.mamori.security.events");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Tokyo"));

  @Bean
  LoginThrottle loginThrottle(LoginThrottleSettings settings, Clock clock, JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    return new LoginThrottle(settings, clock, jdbc, transactions);
  }

  @Bean
  LockNotice lockNotice(AuditTrail trail, Notifications notifications, StaffDirectory staff) {
    return (userId, address, locks) -> {
      if (locks.accountLockedUntil() != null) {
        LOG.warn("login throttled user={} address={} until={}", userId, address, locks.accountLockedUntil());
        trail.security(userId, ACCOUNT_LOCKED, "address " + address + ", until " + locks.accountLockedUntil());
        staff.find(userId).ifPresent(member -> notifications.toUsers(List.of(member.id()),
            StoredText.of("login.locked.notice.title"),
            StoredText.of("login.locked.notice.body", when(locks.accountLockedUntil()), address), null));
      }
      if (locks.addressLockedUntil() != null) {
        LOG.warn("login throttled address={} until={}", address, locks.addressLockedUntil());
        trail.security(userId, ADDRESS_LOCKED, "address " + address + ", until " + locks.addressLockedUntil());
      }
    };
  }

  private static String when(Instant instant) {
    return WHEN.format(instant);
  }

  /** Told when a failed login started a lock. */
  @FunctionalInterface
  interface LockNotice {
    void locked(String userId, String address, LoginThrottle.Locks locks);
  }
}
