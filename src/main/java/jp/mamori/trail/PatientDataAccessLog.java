package jp.mamori.trail;

import java.time.Clock;
import java.util.List;
import jp.mamori.trail.PatientDataAccess.Channel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log of patient data (need to know, REQUIREMENTS): every view of a case holding patient data is
 * appended here, in its own transaction so that a view that fails later is still logged.
 */
@Service
public class PatientDataAccessLog {

  private static final int TEXT_MAX = 255;

  private final PatientDataAccessRepository accesses;
  private final Clock clock;

  PatientDataAccessLog(PatientDataAccessRepository accesses, Clock clock) {
    this.accesses = accesses;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void viewed(String userId, String caseKey, String what, String remoteAddress, Channel channel) {
    accesses.save(new PatientDataAccess(clock.instant(), userId, cut(caseKey), cut(what),
        remoteAddress == null ? null : remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress,
        channel));
  }

  @Transactional(readOnly = true)
  public List<PatientDataAccess> ofCase(String caseKey) {
    return accesses.findByCaseKeyOrderByAccessedAtAscIdAsc(caseKey);
  }

  private static String cut(String text) {
    return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
  }
}
