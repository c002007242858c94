package jp.mamori.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual audit's business data (第36条): the audit, its self-checks, findings and corrective actions. */
@Service
public class Audits {

  private final AuditRepository audits;
  private final SelfCheckRepository selfChecks;
  private final FindingRepository findings;
  private final Ledger ledger;
  private final Clock clock;

  Audits(AuditRepository audits, SelfCheckRepository selfChecks, FindingRepository findings, Ledger ledger,
      Clock clock) {
    this.audits = audits;
    this.selfChecks = selfChecks;
    this.findings = findings;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The fiscal year (April to March) of today, the year an audit started now belongs to. */
  public int currentFiscalYear() {
    LocalDate today = LocalDate.now(clock);
    return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
  }

  /** The case key of the fiscal year's regular audit, if there is one (extra audits do not count). */
  @Transactional(readOnly = true)
  public Optional<String> regularAuditOfYear(int year) {
    return audits.findByRegularYear(year).map(Audit::getCaseKey);
  }

  /**
   * Opens the regular audit of a fiscal year; the unique regular year (and this check before it) keeps a second one
   * out.
   */
  @Transactional
  public Audit openRegular(String caseKey, int year, String startedBy) {
    audits.findByRegularYear(year).ifPresent(existing -> {
      throw new AuditYearTaken(year, existing.getCaseKey());
    });
    return audits.save(new Audit(caseKey, year, AuditKind.REGULAR, startedBy, null, clock.instant()));
  }

  /** 第36条 "年1回以上": an extra audit, besides the year's regular one, needs the one who starts it and a reason. */
  @Transactional
  public Audit openExtra(String caseKey, int year, String startedBy, String reason) {
    if (startedBy == null || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("an extra audit needs its starter and a reason");
    }
    return audits.save(new Audit(caseKey, year, AuditKind.EXTRA, startedBy, reason.strip(),
        clock.instant()));
  }

  /**
   * Planning: every ledger entry (第22条) is in scope; one self-check each, for its information manager. A regular
   * audit also takes over the corrective actions the director carried over from earlier years (第36条2).
   */
  @Transactional
  public int plan(String caseKey, String focusPoints) {
    Audit audit = byKey(caseKey);
    audit.planned(focusPoints);
    audits.save(audit);
    List<SelfCheck> checks = ledger.all().stream()
        .map(e -> new SelfCheck(audit.getId(), e.getId(), e.getTitle(), e.getDepartmentCode(),
            e.getInformationManager()))
        .toList();
    selfChecks.saveAll(checks);
    if (!audit.isExtra()) {
      List<Finding> carried = findings.carriedOverBefore(audit.getAuditYear());
      List<Finding> continued = carried.stream().map(old -> old.carriedInto(audit.getId())).toList();
      findings.saveAll(carried);
      findings.saveAll(continued);
    }
    return checks.size();
  }

  /** The ledger entries whose self-check is still to be answered (all at first, the challenged ones later). */
  @Transactional(readOnly = true)
  public List<Long> pendingEntries(String caseKey) {
    return selfChecksOf(byKey(caseKey)).stream().filter(c -> !c.isAnswered()).map(SelfCheck::getLedgerEntryId)
        .toList();
  }

  @Transactional(readOnly = true)
  public SelfCheck selfCheck(String caseKey, Long ledgerEntryId) {
    return selfChecks.findByAuditIdAndLedgerEntryId(byKey(caseKey).getId(), ledgerEntryId).orElseThrow();
  }

  @Transactional
  public void answer(String caseKey, Long ledgerEntryId, String by, Map<CheckItem, Answer> answers) {
    if (answers.size() != CheckItem.values().length) {
      throw new IllegalArgumentException("every check item needs an answer");
    }
    SelfCheck check = selfCheck(caseKey, ledgerEntryId);
    check.answered(by, answers, clock.instant());
    selfChecks.save(check);
  }

  @Transactional
  public void selfChecksDone(String caseKey) {
    Audit audit = byKey(caseKey);
    audit.moveTo(AuditStatus.REVIEW);
    audits.save(audit);
  }

  /** The supervising manager challenges answers: those self-checks are asked again. Returns how many. */
  @Transactional
  public int challenge(String caseKey, Collection<Long> ledgerEntryIds, String reason) {
    Audit audit = byKey(caseKey);
    int count = 0;
    for (Long entryId : ledgerEntryIds) {
      var check = selfChecks.findByAuditIdAndLedgerEntryId(audit.getId(), entryId);
      if (check.isPresent()) {
        check.get().challenged(reason);
        selfChecks.save(check.get());
        count++;
      }
    }
    audit.moveTo(count > 0 ? AuditStatus.SELF_CHECK : AuditStatus.REVIEW);
    audits.save(audit);
    return count;
  }

  /** Every confirmed nonconforming answer becomes a finding. Returns how many. */
  @Transactional
  public int raiseFindings(String caseKey) {
    Audit audit = byKey(caseKey);
    audit.moveTo(AuditStatus.ASSESSMENT);
    audits.save(audit);
    List<Finding> raised = new ArrayList<>();
    for (SelfCheck check : selfChecksOf(audit)) {
      for (CheckItem item : CheckItem.values()) {
        Answer answer = check.answer(item);
        if (answer != null && answer.isNonconforming()) {
          raised.add(new Finding(audit.getId(), check.getId(), item, answer.getNote()));
        }
      }
    }
    findings.saveAll(raised);
    return raised.size();
  }

  @Transactional(readOnly = true)
  public List<Long> findingsIn(String caseKey, FindingStatus status) {
    return findings.findByAuditIdOrderByIdAsc(byKey(caseKey).getId()).stream()
        .filter(f -> f.getStatus() == status).map(Finding::getId).toList();
  }

  @Transactional(readOnly = true)
  public Finding finding(Long id) {
    return findings.findById(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public SelfCheck selfCheckOf(Finding finding) {
    return selfChecks.findById(finding.getSelfCheckId()).orElseThrow();
  }

  @Transactional
  public void assess(Long findingId, String severity, String rootCause, String actionText, String owner,
      LocalDate due) {
    Finding finding = finding(findingId);
    finding.assessed(severity, rootCause, actionText, owner, due);
    findings.save(finding);
  }

  @Transactional
  public void report(String caseKey) {
    Audit audit = byKey(caseKey);
    audit.reported(clock.instant());
    audits.save(audit);
  }

  @Transactional
  public void acknowledge(String caseKey, String by, String comment) {
    Audit audit = byKey(caseKey);
    audit.acknowledged(by, comment, clock.instant());
    audits.save(audit);
  }

  @Transactional
  public void actionDone(Long findingId, String note) {
    Finding finding = finding(findingId);
    finding.done(note, clock.instant());
    findings.save(finding);
  }

  /**
   * 第36条2: the supervising manager verifies the action, sends it back, or proposes to carry it over with a reason
   * and a new due date, which the director decides ({@link #decideCarryOver}).
   */
  @Transactional
  public void verify(Long findingId, String by, String decision, String reason, LocalDate carryOverDue) {
    Finding finding = finding(findingId);
    switch (decision) {
      case "verified" -> finding.verified(by, reason, clock.instant());
      case "redo" -> finding.reopened(by, reason, clock.instant());
      case "carryOver" -> finding.carryOverProposed(by, reason, carryOverDue, clock.instant());
      default -> throw new IllegalArgumentException("not a verification decision: " + decision);
    }
    findings.save(finding);
  }

  /** The director's decision on a proposed carry-over: carried over with its due date, or corrected this year. */
  @Transactional
  public void decideCarryOver(Long findingId, String by, boolean approved, LocalDate due, String reason) {
    Finding finding = finding(findingId);
    finding.carryOverDecided(approved, by, due, reason, clock.instant());
    findings.save(finding);
  }

  /** The audit closes only when every corrective action is verified or carried over with a reason. */
  @Transactional
  public void close(String caseKey) {
    Audit audit = byKey(caseKey);
    List<Finding> open = findings.findByAuditIdOrderByIdAsc(audit.getId()).stream()
        .filter(f -> !f.getStatus().isSettled()).toList();
    if (!open.isEmpty()) {
      throw new IllegalStateException(open.size() + " corrective actions of " + caseKey + " are not settled");
    }
    audit.closed(clock.instant());
    audits.save(audit);
  }

  @Transactional(readOnly = true)
  public Audit byKey(String caseKey) {
    return audits.findByCaseKey(caseKey)
        .orElseThrow(() -> new IllegalArgumentException("no audit " + caseKey));
  }

  @Transactional(readOnly = true)
  public List<SelfCheck> selfChecksOf(Audit audit) {
    return selfChecks.findByAuditIdOrderByDepartmentCodeAscEntryTitleAsc(audit.getId());
  }

  @Transactional(readOnly = true)
  public List<Finding> findingsOf(Audit audit) {
    return findings.findByAuditIdOrderByIdAsc(audit.getId());
  }

  @Transactional(readOnly = true)
  public List<Audit> all() {
    return audits.findAll().stream().sorted((a, b) -> Integer.compare(b.getAuditYear(), a.getAuditYear())).toList();
  }

  @Transactional(readOnly = true)
  public LedgerEntry ledgerEntry(Long id) {
    return ledger.entry(id).orElse(null);
  }
}
