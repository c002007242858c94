package jp.mamori.trail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the access log of patient data for the configured period ({@code mamori.access-log.retention-years},
 * default 5) and removes older entries once a day ({@code mamori.access-log.purge-cron}, default 03:15). The only
 * path in the application that deletes from the log; what it removed goes to the audit trail.
 */
@Component
public class AccessLogRetention {

  private static final Logger LOG = LoggerFactory.getLogger(AccessLogRetention.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private final PatientDataAccessRepository accesses;
  private final AuditTrail trail;
  private final Clock clock;
  private final int years;

  AccessLogRetention(PatientDataAccessRepository accesses, AuditTrail trail, Clock clock,
      @Value("${mamori.access-log.retention-years:5}") int years) {
    if (years < 1) {
      throw new IllegalStateException("mamori.access-log.retention-years must be at least 1, not " + years);
    }
    this.accesses = accesses;
    this.trail = trail;
    this.clock = clock;
    this.years = years;
  }

  /** The oldest moment still kept today. */
  public Instant keptSince() {
    return clock.instant().atZone(ZONE).minusYears(years).toInstant();
  }

  @Scheduled(cron = "${mamori.access-log.purge-cron:0 15 3 * * *}", zone = "Asia/Tokyo")
  @Transactional
  public int purge() {
    Instant before = keptSince();
    int removed = accesses.purgeOlderThan(before);
    if (removed > 0) {
      LOG.info("access log: removed {} entries older than {}", removed, before);
      trail.record("system", "ACCESS_LOG_PURGED", CaseRef.NONE, null, null,
          removed + " entries before " + before);
    }
    return removed;
  }

  public int getYears() {
    return years;
  }
}
