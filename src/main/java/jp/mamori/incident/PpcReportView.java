package jp.mamori.incident;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.web.Messages;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.PatientDataReads;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** Backs incident-ppc.xhtml: a submitted report to the PPC with its nine items, laid out for printing. */
@Component
@RequestScope
public class PpcReportView {

  private final IncidentBoard board;
  private final Incidents incidents;
  private final CurrentUser currentUser;
  private final PatientDataReads patientDataReads;
  private String key;
  private String kind;
  private Incident incident;
  private PpcReport report;

  PpcReportView(IncidentBoard board, Incidents incidents, CurrentUser currentUser,
      PatientDataReads patientDataReads) {
    this.patientDataReads = patientDataReads;
    this.board = board;
    this.incidents = incidents;
    this.currentUser = currentUser;
  }

  public void load() {
    incident = key == null ? null : board.board(currentUser.require(), key).orElse(null);
    PpcReportKind reportKind = PpcReportKind.PRELIMINARY.name().equals(kind) ? PpcReportKind.PRELIMINARY
        : PpcReportKind.FINAL.name().equals(kind) ? PpcReportKind.FINAL : null;
    report = incident == null || reportKind == null ? null : incidents.reportOf(incident, reportKind).orElse(null);
    if (report != null) {
      patientDataReads.caseViewed(incident.getProcessInstanceId(), "incident-ppc.xhtml " + kind);
      return;
    }
    try {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(
          incident == null && key != null && incidents.find(key).isPresent() ? 403 : 404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  /** The nine items, labelled in the reader's language (the report's contents stay as written). */
  public List<Map.Entry<String, String>> getItems() {
    Map<String, String> values = report.values();
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return PpcReport.ITEMS.entrySet().stream()
        .map(e -> Map.entry(PpcReport.label(locale, e.getKey()),
            values.get(e.getKey()) == null ? "—" : values.get(e.getKey()))).toList();
  }

  /** The report's heading with its kind, in the reader's language. */
  public String getHeading() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return Messages.text(locale, "incident.ppc.heading",
        Messages.text(locale, "incident.ppc." + report.getKind().name()));
  }

  public Incident getIncident() {
    return incident;
  }

  public PpcReport getReport() {
    return report;
  }

  public String name(String userId) {
    return board.name(userId);
  }

  public Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
