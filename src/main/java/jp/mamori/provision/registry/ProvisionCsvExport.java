package jp.mamori.provision.registry;

import static jp.mamori.web.Csv.row;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.PatientDataReads;
import jp.mamori.web.Csv;
import jp.mamori.web.Messages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The records of provision as CSV (APPI 29条), with the search of the page, read a page at a time; written by
 * {@link Csv} (byte-order mark, cells defused). Authorized by URL (/provisions/**) and again by role here.
 */
@Controller
class ProvisionCsvExport {

  private static final int PAGE = 500;

  private final ProvisionRecords records;
  private final StaffDirectory staff;
  private final CurrentUser currentUser;
  private final PatientDataReads patientDataReads;

  ProvisionCsvExport(ProvisionRecords records, StaffDirectory staff, CurrentUser currentUser,
      PatientDataReads patientDataReads) {
    this.patientDataReads = patientDataReads;
    this.records = records;
    this.staff = staff;
    this.currentUser = currentUser;
  }

  @GetMapping("/provisions/export.csv")
  void export(@RequestParam(name = "q", required = false) String query, HttpServletResponse response)
      throws IOException {
    if (ProvisionAccess.RECORD_READERS.stream().noneMatch(currentUser::has)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Locale ja = Locale.JAPANESE;
    Writer out = Csv.download(response, "provision-records.csv");
    row(out, "案件番号", "提供日", "提供先", "提供先の種類", "患者番号", "項目", "台帳", "理由", "根拠", "利用目的", "同意書No.",
        "例外の事由", "講じた措置", "承認者", "確認者", "申請者", "状態", "停止者", "停止日時", "停止の理由", "削除の求め", "保存期限");
    Page<ProvisionRecord> page;
    int number = 0;
    do {
      page = records.search(query, PageRequest.of(number++, PAGE, Sort.by(Sort.Direction.DESC, "id")));
      page.map(ProvisionRecord::getCaseKey).stream().distinct()
          .forEach(key -> patientDataReads.viewed(key, "provisions/export.csv"));
      for (ProvisionRecord r : page) {
        row(out, r.getCaseKey(), r.getProvidedOn(), r.getRecipient(), r.getRecipientKind(), r.getPatientNumbers(),
            r.getDataItems(), r.getLedgerEntries(), r.getReason(), Messages.text(ja, "provision.basis."
            + r.getBasis()), r.getPurposeCode(), r.getConsentId(), r.getExceptionGround() == null ? ""
            : Messages.text(ja, "provision.ground." + r.getExceptionGround()), r.getMeasures(),
            name(r.getApprovedBy()), name(r.getConfirmedBy()), name(r.getFiledBy()),
            Messages.text(ja, "provisions.status." + r.getStatus()), name(r.getStoppedBy()), r.getStoppedAt(),
            r.getStopReason(), r.isDeletionRequested() ? "要" : "", r.getRetainUntil());
      }
    } while (page.hasNext());
    out.flush();
  }

  private String name(String userId) {
    return userId == null ? "" : staff.displayName(userId);
  }
}
