package jp.mamori.trail;

import java.time.Clock;
import java.util.List;
import jp.mamori.storage.UtcColumns;
import org.springframework.jdbc.core.JdbcTemplate;
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

  private static final String INSERT = "insert into audit_entry (occurred_at, actor, action, process_instance_id,"
      + " business_key, task_id, subject, reason, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final AuditEntryRepository entries;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  AuditTrail(AuditEntryRepository entries, JdbcTemplate jdbc, Clock clock) {
    this.entries = entries;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String actor, String action, CaseRef caseRef, String subject, String reason,
      String detail) {
    insert(actor, action, caseRef, subject, reason, detail);
  }

  /** Logins and logouts stand on their own: there is no business transaction to join. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void security(String actor, String action, String detail) {
    insert(actor, action, CaseRef.NONE, null, null, detail);
  }

  /**
   * A rule refused someone's action (web.ActionRefused): who, which rule (the message key, as the entry's subject),
   * about which case when known, and where and what they were told (detail). Written on its own, since the refused
   * action's transaction was rolled back; no reason, so the case's history does not take it for a decision.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void refused(String actor, String messageKey, CaseRef caseRef, String detail) {
    insert(actor == null ? ANONYMOUS : actor, REFUSED, caseRef == null ? CaseRef.NONE : caseRef, messageKey, null,
        detail);
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> ofCase(String processInstanceId) {
    return entries.findByProcessInstanceIdOrderByOccurredAtAsc(processInstanceId);
  }

  /**
   * A plain insert, not the repository's save: every step of every procedure writes the trail, and a save maps the
   * entity anew each time (about 1 % of a case's CPU per entry, docs/benchmarks.md). The instant is written as the
   * repository writes it, as its UTC wall time (ADR 0044); texts longer than their columns are cut.
   */
  private void insert(String actor, String action, CaseRef caseRef, String subject, String reason, String detail) {
    jdbc.update(INSERT, UtcColumns.timestamp(clock.instant()), cut(actor, ACTOR_MAX), action,
        caseRef.processInstanceId(), caseRef.businessKey(), caseRef.taskId(), cut(subject, SUBJECT_MAX),
        cut(reason, TEXT_MAX), cut(detail, TEXT_MAX));
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
