package jp.mamori.incident;

import static jp.mamori.web.Csv.row;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.PatientDataReads;
import jp.mamori.web.Csv;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report to the PPC as CSV, one row per item of the rules (規則第8条1項 (1)–(9)), to paste into the
 * Commission's form, written by {@link Csv} (byte-order mark for Excel, cells defused against formulas). Authorized
 * by URL (/incident/**) and here per incident (head, deputy, named members).
 */
@Controller
class PpcReportCsvExport {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final IncidentBoard board;
  private final Incidents incidents;
  private final CurrentUser currentUser;
  private final PatientDataReads patientDataReads;

  PpcReportCsvExport(IncidentBoard board, Incidents incidents, CurrentUser currentUser,
      PatientDataReads patientDataReads) {
    this.patientDataReads = patientDataReads;
    this.board = board;
    this.incidents = incidents;
    this.currentUser = currentUser;
  }

  @GetMapping("/incident/ppc.csv")
  void export(@RequestParam String key, @RequestParam String kind, HttpServletResponse response)
      throws IOException {
    Incident incident = board.board(currentUser.require(), key).orElseThrow(() -> new ResponseStatusException(
        incidents.find(key).isPresent() ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND));
    PpcReportKind reportKind = Stream.of(PpcReportKind.values()).filter(k -> k.name().equals(kind)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    PpcReport report = incidents.reportOf(incident, reportKind)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    patientDataReads.caseViewed(incident.getProcessInstanceId(), "incident/ppc.csv " + reportKind.name());
    Writer out = Csv.download(response,
        "ppc-" + reportKind.name().toLowerCase(Locale.ROOT) + "-" + incident.getCaseKey() + ".csv");
    ZoneId zone = ZoneId.of("Asia/Tokyo");
    row(out, "項目", "内容");
    row(out, "報告の種類", reportKind.label());
    row(out, "案件番号", incident.getCaseKey());
    row(out, "漏えい等を知った日時", WHEN.format(incident.getAwareAt().atZone(zone)));
    row(out, "提出日時", WHEN.format(report.getSubmittedAt().atZone(zone)));
    row(out, "提出者", board.name(report.getSubmittedBy()));
    Map<String, String> values = report.values();
    for (Map.Entry<String, String> item : PpcReport.ITEMS.entrySet()) {
      row(out, item.getValue(), values.get(item.getKey()));
    }
    out.flush();
  }
}
