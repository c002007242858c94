package jp.mamori.audit;

import static jp.mamori.web.Csv.row;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.web.Csv;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit report as CSV (第36条: the result reported to the director, kept and passed on): one row per self-check
 * item answered and one per finding, written by {@link Csv} (byte-order mark, cells defused against formulas).
 * Authorized by URL in SecurityConfiguration (/audit/**).
 */
@Controller
class AuditCsvExport {

  private final Audits audits;
  private final StaffDirectory staff;

  AuditCsvExport(Audits audits, StaffDirectory staff) {
    this.audits = audits;
    this.staff = staff;
  }

  @GetMapping("/audit/export.csv")
  void export(@RequestParam String key, HttpServletResponse response) throws IOException {
    AuditReport report;
    try {
      report = AuditReport.of(audits, key);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Writer out = Csv.download(response, "audit-" + report.audit().getCaseKey() + ".csv");
    Audit audit = report.audit();
    row(out, "区分", "案件番号", "年度", "台帳No.", "個人情報の名称", "部署", "個人情報管理者", "点検項目", "回答・重大度",
        "説明・原因", "是正処置", "担当者", "期限", "状態", "確認者", "確認・繰越しの理由");
    row(out, "監査", audit.getCaseKey(), audit.getAuditYear(), "", "対象 " + report.selfChecks().size() + " 件・回答 "
        + report.answered() + " 件", "", "", "", "", audit.getFocusPoints(), "", "", "", audit.getStatus(), name(
        audit.getAcknowledgedBy()), audit.getAcknowledgeComment());
    for (SelfCheck check : report.selfChecks()) {
      for (CheckItem item : CheckItem.values()) {
        Answer answer = check.answer(item);
        row(out, "自己点検", audit.getCaseKey(), audit.getAuditYear(), check.getLedgerEntryId(), check.getEntryTitle(),
            check.getDepartmentCode(), name(check.getInformationManager()), item.label(true),
            answer == null ? "未回答" : AuditSummary.answerLabel(answer.getValue()),
            answer == null ? "" : answer.getNote(), "", "", "", "", "", "");
      }
    }
    for (Finding finding : report.findings()) {
      SelfCheck check = report.selfCheckOf(finding);
      row(out, "指摘事項", audit.getCaseKey(), audit.getAuditYear(), check.getLedgerEntryId(), check.getEntryTitle(),
          check.getDepartmentCode(), name(check.getInformationManager()), finding.checkItem().label(true),
          finding.getSeverity(), finding.getRootCause(), finding.getActionText(), name(finding.getActionOwner()),
          finding.getActionDue(), finding.getStatus(), name(finding.getVerifiedBy()), finding.getVerifyReason());
    }
    out.flush();
  }

  private String name(String userId) {
    return userId == null ? "" : staff.displayName(userId);
  }
}
