package jp.mamori.request;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import jp.mamori.security.CurrentUser;
import jp.mamori.web.Csv;
import jp.mamori.web.Messages;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The requests register as CSV (kind, status, received, due, overdue, outcome, ground; no patient's name), for
 * the desk and the deciders. Authorized by URL in SecurityConfiguration (/requests/**) and again here.
 */
@Controller
class RequestRegister {

  private final PatientRequestRepository repository;
  private final RequestAccess access;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final Letters letters;

  RequestRegister(PatientRequestRepository repository, RequestAccess access, CurrentUser currentUser, Clock clock,
      Letters letters) {
    this.letters = letters;
    this.repository = repository;
    this.access = access;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** A stored letter, printed again unchanged, for a reader of its request; the view is access-logged. */
  @GetMapping("/requests/letter.pdf")
  void letter(@RequestParam long id, jakarta.servlet.http.HttpServletRequest http, HttpServletResponse response)
      throws IOException {
    RequestLetter letter = letters.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    PatientRequest request = repository.findById(letter.getRequestId())
        .flatMap(r -> access.view(currentUser.require(), r.getCaseKey(), "letter " + letter.getTemplate(),
            http.getRemoteAddr(), jp.mamori.trail.PatientDataAccess.Channel.APP))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + request.getCaseKey() + "-"
        + letter.getId() + ".pdf\"");
    response.getOutputStream().write(letter.getPdf());
  }

  @GetMapping("/requests/export.csv")
  void export(@RequestParam(defaultValue = "false") boolean openOnly, HttpServletResponse response)
      throws IOException {
    if (!access.mayList(currentUser.require())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Locale ja = Locale.JAPANESE;
    Writer out = Csv.download(response, "patient-requests.csv");
    Csv.row(out, Messages.text(ja, "requests.col.case"), Messages.text(ja, "requests.col.kind"),
        Messages.text(ja, "requests.col.status"), Messages.text(ja, "requests.col.received"),
        Messages.text(ja, "requests.col.due"), Messages.text(ja, "requests.col.overdue"),
        Messages.text(ja, "requests.col.outcome"), Messages.text(ja, "requests.col.ground"));
    for (PatientRequest r : repository.listed(openOnly, Sort.by("receivedOn", "id"))) {
      Csv.row(out, r.getCaseKey(), Messages.text(ja, r.getKind().labelKey()),
          Messages.text(ja, r.getStatus().labelKey()), r.getReceivedOn(),
          r.getDueAt().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate(),
          r.isOverdue(clock.instant()) ? Messages.text(ja, "requests.overdue") : "",
          r.getOutcome() == null ? "" : Messages.text(ja, r.getOutcome().labelKey()),
          r.getGround() == null ? "" : Messages.text(ja, r.getGround().labelKey()));
    }
    out.flush();
  }
}
