package jp.mamori.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.AccessLogQuery;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.PatientDataAccess;
import jp.mamori.trail.PatientDataAccessLog;
import jp.mamori.web.Csv;
import jp.mamori.web.Messages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The access log's search as CSV ({@link Csv}: byte-order mark, cells defused), read a page at a time. For
 * {@link AccessLogReaders}; the export itself is recorded in the audit trail.
 */
@Controller
class AccessLogExport {

  private static final int PAGE = 1000;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.of("Asia/Tokyo"));

  private final PatientDataAccessLog log;
  private final StaffDirectory staff;
  private final CurrentUser currentUser;
  private final AuditTrail trail;

  AccessLogExport(PatientDataAccessLog log, StaffDirectory staff, CurrentUser currentUser, AuditTrail trail) {
    this.log = log;
    this.staff = staff;
    this.currentUser = currentUser;
    this.trail = trail;
  }

  @GetMapping("/access-log/export.csv")
  void export(@RequestParam(name = "user", required = false) String user,
      @RequestParam(name = "case", required = false) String caseKey,
      @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response) throws IOException {
    if (!AccessLogReaders.may(currentUser)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    AccessLogQuery query = new AccessLogQuery(user, caseKey, from, to);
    trail.security(currentUser.require().userId(), "ACCESS_LOG_EXPORTED", query.toString());
    Locale ja = Locale.JAPANESE;
    Writer out = Csv.download(response, "patient-data-access.csv");
    Csv.row(out, Messages.text(ja, "accessLog.col.when"), Messages.text(ja, "accessLog.col.user"),
        Messages.text(ja, "accessLog.col.name"), Messages.text(ja, "accessLog.col.case"),
        Messages.text(ja, "accessLog.col.what"), Messages.text(ja, "accessLog.col.address"),
        Messages.text(ja, "accessLog.col.channel"));
    Page<PatientDataAccess> page;
    int number = 0;
    do {
      page = log.search(query, PageRequest.of(number++, PAGE));
      for (PatientDataAccess a : page) {
        Csv.row(out, WHEN.format(a.getAccessedAt()), a.getUserId(), staff.displayName(a.getUserId()),
            a.getCaseKey(), a.getWhat(), a.getRemoteAddress(),
            Messages.text(ja, "accessLog.channel." + a.getChannel()));
      }
    } while (page.hasNext());
    out.flush();
  }
}
