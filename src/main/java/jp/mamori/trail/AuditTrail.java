package jp.mamori.trail;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every decision (REQUIREMENTS §1: who, when and why). A decision is written in the same
 * transaction as the engine's state change, so either both are kept or neither.
 */
@Service
public class AuditTrail {

  /** The action of {@link #refused}'s entries. */
  public static final String REFUSED = "ACTION_REFUSED";

  private static final String ANONYMOUS = "anonymous";
  private static final int ACTOR_MAX = 64;
  private static final int TEXT_MAX = 4000;
  private static final int SUBJECT_MAX = 500;

  private final AuditEntryRepository entries;
  private final Clock clock;

  AuditTrail(AuditEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry record(String actor, String action, CaseRef caseRef, String subject, String reason,
      String detail) {
    return entries.save(new AuditEntry(clock.instant(), cut(actor, ACTOR_MAX), action, caseRef,
        cut(subject, SUBJECT_MAX), cut(reason, TEXT_MAX), cut(detail, TEXT_MAX)));
  }

  /** Logins and logouts stand on their own: there is no business transaction to join. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void security(String actor, String action, String detail) {
    entries.save(new AuditEntry(clock.instant(), cut(actor, ACTOR_MAX), action, CaseRef.NONE, null, null,
        cut(detail, TEXT_MAX)));
  }

  /**
   * A rule refused someone's action (web.ActionRefused): who, which rule (the message key, as the entry's subject),
   * about which case when known, and where and what they were told (detail). Written on its own, since the refused
   * action's transaction was rolled back; no reason, so the case's history does not take it for a decision.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void refused(String actor, String messageKey, CaseRef caseRef, String detail) {
    entries.save(new AuditEntry(clock.instant(), cut(actor == null ? ANONYMOUS : actor, ACTOR_MAX), REFUSED,
        caseRef == null ? CaseRef.NONE : caseRef, cut(messageKey, SUBJECT_MAX), null, cut(detail, TEXT_MAX)));
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> ofCase(String processInstanceId) {
    return entries.findByProcessInstanceIdOrderByOccurredAtAsc(processInstanceId);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
