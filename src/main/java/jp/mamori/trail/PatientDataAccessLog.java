package jp.mamori.trail;

import java.time.Clock;
import java.util.List;
import jp.mamori.trail.PatientDataAccess.Channel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log of patient data (need to know, REQUIREMENTS; MHLW guideline 6.0: a record of who looked at which
 * patient data): every view of a case holding patient data is appended here, in its own transaction so that a
 * view that fails later is still logged. Nothing in the app changes or deletes an entry; only
 * {@link AccessLogRetention} removes those older than the kept period.
 */
@Service
public class PatientDataAccessLog {

  private static final int USER_MAX = 64;
  private static final int CASE_MAX = 255;
  private static final int WHAT_MAX = 100;
  private static final int ADDRESS_MAX = 64;

  private final PatientDataAccessRepository accesses;
  private final Clock clock;

  PatientDataAccessLog(PatientDataAccessRepository accesses, Clock clock) {
    this.accesses = accesses;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void viewed(String userId, String caseKey, String what, String remoteAddress, Channel channel) {
    accesses.save(new PatientDataAccess(clock.instant(), cut(userId, USER_MAX), cut(caseKey, CASE_MAX),
        cut(what, WHAT_MAX), cut(remoteAddress, ADDRESS_MAX), channel));
  }

  @Transactional(readOnly = true)
  public List<PatientDataAccess> ofCase(String caseKey) {
    return accesses.findByCaseKeyOrderByAccessedAtAscIdAsc(caseKey);
  }

  /** The entries matching the search, newest first, one page read from the database. */
  @Transactional(readOnly = true)
  public Page<PatientDataAccess> search(AccessLogQuery query, Pageable page) {
    return accesses.search(query.user(), query.caseNumber(), query.start(), query.end(), page);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
