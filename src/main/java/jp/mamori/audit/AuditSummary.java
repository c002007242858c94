package jp.mamori.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.web.Messages;
import jp.mamori.organization.StaffDirectory;
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

  /** The storage methods of the new-purpose form (purpose-notification), as the hospital reads them. */
  private static final Map<String, String> STORAGE_METHODS = Map.of("lockedCabinet", "施錠できるキャビネット(紙)",
      "emr", "電子カルテ", "departmentSystem", "部門システム", "fileServer", "院内ファイルサーバー(アクセス制限あり)");

  String keeping(LedgerEntry entry) {
    String method = entry.getStorageMethod() == null ? null
        : STORAGE_METHODS.getOrDefault(entry.getStorageMethod(), entry.getStorageMethod());
    return "保管場所: " + dash(entry.getStoragePlace()) + " / 保管方法: " + dash(method)
        + " / 保存期間: " + dash(entry.getRetention() == null ? null : entry.getRetention().label(Locale.JAPANESE))
        + " / 廃棄方法: " + dash(entry.getDisposalMethod() == null ? null
            : Messages.text(Locale.JAPANESE, "ledger.disposal." + entry.getDisposalMethod()));
  }

  String answers(SelfCheck check) {
    return check.getAnswers().entrySet().stream()
        .map(a -> CheckItem.of(a.getKey()).label(true) + ": " + answerLabel(a.getValue().getValue())
            + (a.getValue().getNote() == null ? "" : "(" + a.getValue().getNote() + ")"))
        .collect(Collectors.joining("\n"));
  }

  static String answerLabel(String value) {
    return switch (value) {
      case Answer.CONFORMING -> "適合";
      case Answer.NONCONFORMING -> "不適合";
      default -> "該当なし";
    };
  }

  String ofSelfChecks(Audit audit) {
    List<SelfCheck> checks = audits.selfChecksOf(audit);
    List<String> nonconforming = checks.stream()
        .flatMap(c -> c.getAnswers().entrySet().stream().filter(a -> a.getValue().isNonconforming())
            .map(a -> "No." + c.getLedgerEntryId() + " " + c.getEntryTitle() + "(" + staff.displayName(
                c.getInformationManager()) + "): " + CheckItem.of(a.getKey()).label(true) + " — "
                + dash(a.getValue().getNote())))
        .toList();
    StringBuilder text = new StringBuilder()
        .append("対象の台帳 ").append(checks.size()).append(" 件、回答済み ")
        .append(checks.stream().filter(SelfCheck::isAnswered).count()).append(" 件、不適合 ")
        .append(nonconforming.size()).append(" 項目\n");
    nonconforming.stream().limit(LISTED).forEach(line -> text.append("- ").append(line).append('\n'));
    if (nonconforming.size() > LISTED) {
      text.append("- ほか ").append(nonconforming.size() - LISTED).append(" 項目(監査報告の画面を参照)\n");
    }
    return text.toString();
  }

  String ofFinding(Finding finding, SelfCheck check) {
    return "No." + check.getLedgerEntryId() + " " + check.getEntryTitle() + "(情報管理者: "
        + staff.displayName(check.getInformationManager()) + ")\n" + finding.checkItem().label(true) + ": "
        + dash(finding.getNote()) + (finding.getActionText() == null ? ""
        : "\n是正処置: " + finding.getActionText() + "(期限 " + finding.getActionDue() + ")")
        + (finding.isCarriedFromEarlierAudit() ? "\n前年度までの監査から院長の判断で繰り越された是正処置です(第36条2)。" : "");
  }

  String ofReport(Audit audit) {
    List<SelfCheck> checks = audits.selfChecksOf(audit);
    List<Finding> findings = audits.findingsOf(audit);
    long major = findings.stream().filter(f -> Finding.MAJOR.equals(f.getSeverity())).count();
    return audit.getAuditYear() + "年度 個人情報の" + (audit.isExtra() ? "臨時監査" : "定期監査") + "(第36条)\n"
        + (audit.isExtra() ? "実施の理由: " + audit.getStartReason() + "\n" : "")
        + "対象: 個人情報取扱台帳の全 " + checks.size() + " 件(第22条)"
        + (audit.getFocusPoints() == null ? "" : "、重点: " + audit.getFocusPoints()) + "\n"
        + "自己点検の回答: " + checks.stream().filter(SelfCheck::isAnswered).count() + " / " + checks.size()
        + " 件\n指摘事項: " + findings.size() + " 件(重大 " + major + "、軽微 " + (findings.size() - major) + ")\n"
        + findings.stream().map(f -> "- " + (f.isCarriedFromEarlierAudit() ? "【繰越し】" : "")
            + f.checkItem().label(true) + ": 是正処置「" + dash(f.getActionText())
            + "」担当 " + staff.displayName(f.getActionOwner()) + "、期限 " + f.getActionDue())
        .collect(Collectors.joining("\n"));
  }

  private static String dash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
