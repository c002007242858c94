package jp.mamori.audit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The short texts the audit's forms show (read-only fields): an entry's keeping, the self-checks' result, a finding,
 * the report. The full report with every row is the page /audit.xhtml and its CSV export.
 */
@Component
class AuditSummary {

  private static final int LISTED = 50;

  private final Audits audits;
  private final StaffDirectory staff;

  AuditSummary(Audits audits, StaffDirectory staff) {
    this.audits = audits;
    this.staff = staff;
  }

  /** How an entry is kept; the storage methods of the new-purpose form by their labels (audit.storage.*). */
  String keeping(LedgerEntry entry) {
    String method = entry.getStorageMethod() == null ? null
        : Messages.find(Locale.JAPANESE, "audit.storage." + entry.getStorageMethod()).orElse(entry.getStorageMethod());
    return Messages.notice("audit.summary.keeping", dash(entry.getStoragePlace()), dash(method),
        dash(entry.getRetention() == null ? null : entry.getRetention().label(Locale.JAPANESE)),
        dash(entry.getDisposalMethod() == null ? null
            : Messages.text(Locale.JAPANESE, "ledger.disposal." + entry.getDisposalMethod())));
  }

  String answers(SelfCheck check) {
    return check.getAnswers().entrySet().stream()
        .map(a -> Messages.notice(a.getValue().getNote() == null ? "audit.summary.answer" : "audit.summary.answerNote",
            CheckItem.of(a.getKey()).label(true), answerLabel(a.getValue().getValue()), a.getValue().getNote()))
        .collect(Collectors.joining("\n"));
  }

  static String answerLabel(String value) {
    return Messages.notice(switch (value) {
      case Answer.CONFORMING -> "audit.answer.conforming";
      case Answer.NONCONFORMING -> "audit.answer.nonconforming";
      default -> "audit.answer.notApplicable";
    });
  }

  String ofSelfChecks(Audit audit) {
    List<SelfCheck> checks = audits.selfChecksOf(audit);
    List<String> nonconforming = checks.stream()
        .flatMap(c -> c.getAnswers().entrySet().stream().filter(a -> a.getValue().isNonconforming())
            .map(a -> Messages.notice("audit.summary.nonconforming", String.valueOf(c.getLedgerEntryId()),
                c.getEntryTitle(), staff.displayName(c.getInformationManager()), CheckItem.of(a.getKey()).label(true),
                dash(a.getValue().getNote()))))
        .toList();
    StringBuilder text = new StringBuilder(Messages.notice("audit.summary.selfChecks", String.valueOf(checks.size()),
        String.valueOf(checks.stream().filter(SelfCheck::isAnswered).count()), String.valueOf(nonconforming.size())))
        .append('\n');
    nonconforming.stream().limit(LISTED).forEach(line -> text.append("- ").append(line).append('\n'));
    if (nonconforming.size() > LISTED) {
      text.append(Messages.notice("audit.summary.more", String.valueOf(nonconforming.size() - LISTED))).append('\n');
    }
    return text.toString();
  }

  String ofFinding(Finding finding, SelfCheck check) {
    return Messages.notice("audit.summary.finding", String.valueOf(check.getLedgerEntryId()), check.getEntryTitle(),
        staff.displayName(check.getInformationManager()), finding.checkItem().label(true), dash(finding.getNote()))
        + (finding.getActionText() == null ? ""
        : "\n" + Messages.notice("audit.summary.action", finding.getActionText(), String.valueOf(finding.getActionDue())))
        + (finding.isCarriedFromEarlierAudit() ? "\n" + Messages.notice("audit.summary.carriedOver") : "");
  }

  String ofReport(Audit audit) {
    List<SelfCheck> checks = audits.selfChecksOf(audit);
    List<Finding> findings = audits.findingsOf(audit);
    long major = findings.stream().filter(f -> Finding.MAJOR.equals(f.getSeverity())).count();
    String year = String.valueOf(audit.getAuditYear());
    return Messages.notice(audit.isExtra() ? "audit.report.titleExtra" : "audit.report.title", year) + "\n"
        + (audit.isExtra() ? Messages.notice("audit.report.reason", audit.getStartReason()) + "\n" : "")
        + Messages.notice("audit.report.scope", String.valueOf(checks.size()))
        + (audit.getFocusPoints() == null ? "" : Messages.notice("audit.report.focus", audit.getFocusPoints())) + "\n"
        + Messages.notice("audit.report.counts", String.valueOf(checks.stream().filter(SelfCheck::isAnswered).count()),
            String.valueOf(checks.size()), String.valueOf(findings.size()), String.valueOf(major),
            String.valueOf(findings.size() - major)) + "\n"
        + findings.stream().map(f -> Messages.notice(f.isCarriedFromEarlierAudit() ? "audit.report.carriedAction"
            : "audit.report.action", f.checkItem().label(true), dash(f.getActionText()),
            staff.displayName(f.getActionOwner()), String.valueOf(f.getActionDue())))
        .collect(Collectors.joining("\n"));
  }

  private static String dash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
