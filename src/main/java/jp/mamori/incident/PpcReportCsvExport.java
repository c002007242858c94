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
import jp.mamori.web.Messages;
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
    // always in Japanese, whatever the reader's language: the CSV is pasted into the Commission's form, whose
    // items are the rules' Japanese wording (ADR 0032); the print view is the reader's
    Locale ja = Locale.JAPANESE;
    row(out, Messages.text(ja, "incident.ppc.csv.item"), Messages.text(ja, "incident.ppc.csv.content"));
    row(out, Messages.text(ja, "incident.ppc.csv.kind"), reportKind.label());
    row(out, Messages.text(ja, "incident.ppc.caseKey"), incident.getCaseKey());
    row(out, Messages.text(ja, "incident.ppc.awareAt"), WHEN.format(incident.getAwareAt().atZone(zone)));
    row(out, Messages.text(ja, "incident.ppc.csv.submittedAt"), WHEN.format(report.getSubmittedAt().atZone(zone)));
    row(out, Messages.text(ja, "incident.ppc.csv.submittedBy"), board.name(report.getSubmittedBy()));
    Map<String, String> values = report.values();
    for (Map.Entry<String, String> item : PpcReport.ITEMS.entrySet()) {
      row(out, item.getValue(), values.get(item.getKey()));
    }
    out.flush();
  }
}
