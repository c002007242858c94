package jp.mamori.incident;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import jp.mamori.organization.StaffMember;
import jp.mamori.process.DecisionTexts;
import jp.mamori.web.LocaleSelection;
import jp.mamori.web.StoredText;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.PatientDataReads;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.primefaces.model.LazyDataModel;
import org.springframework.stereotype.Component;

/**
 * Backs incident.xhtml: the incidents the user may see and, with {@code ?key=}, one incident's board (第35条):
 * status, clock since awareness, PPC deadlines, open tasks, the log, the members the head and deputy name, and the
 * head's downgrade. A board the user may not see answers 403, whatever path reached the view.
 */
@Component
@ViewScoped
public class IncidentView implements Serializable {

  private final transient IncidentBoard board;
  private final transient Incidents incidents;
  private final transient CurrentUser currentUser;
  private final transient HeadquartersMembers members;
  private final transient PatientDataReads patientDataReads;

  private String key;
  private String downgradeReason;
  private String newMember;
  private transient Incident incident;
  private transient IncidentLazyModel list;

  IncidentView(IncidentBoard board, Incidents incidents, CurrentUser currentUser, HeadquartersMembers members,
      PatientDataReads patientDataReads) {
    this.patientDataReads = patientDataReads;
    this.board = board;
    this.incidents = incidents;
    this.currentUser = currentUser;
    this.members = members;
  }

  public void load() {
    if (key == null || key.isBlank()) {
      // every member of staff reaches the page (members are named per incident): the list is refused here
      if (!board.mayOpenList(currentUser.require())) {
        refuse(403);
      }
      return;
    }
    Incident shown = board.board(currentUser.require(), key).orElse(null);
    if (shown == null) {
      refuse(incidents.find(key).isPresent() ? 403 : 404);
    } else if (!FacesContext.getCurrentInstance().isPostback()) {
      patientDataReads.caseViewed(shown.getProcessInstanceId(), "incident.xhtml");
    }
  }

  private static void refuse(int status) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  public LazyDataModel<Incident> getIncidents() {
    if (list == null) {
      list = new IncidentLazyModel(board, currentUser.require());
    }
    return list;
  }

  public Incident getIncident() {
    if (incident == null && key != null && !key.isBlank()) {
      incident = board.board(currentUser.require(), key).orElse(null);
    }
    return incident;
  }

  public List<BoardTask> getTasks() {
    return getIncident() == null ? List.of() : board.openTasks(getIncident());
  }

  /** A log line's detail in the reader's language; as written when it was stored as words (ADR 0032). */
  public List<StoredText.Segment> detail(IncidentLogEntry entry) {
    return StoredText.shown(entry.detailText(), entry.getDetail(), LocaleSelection.current());
  }

  public List<IncidentLogEntry> getLog() {
    return getIncident() == null ? List.of() : incidents.logOf(getIncident());
  }

  public List<Measure> getMeasures() {
    return getIncident() == null ? List.of() : incidents.measuresOf(getIncident());
  }

  /** Why the incident is or is not reportable, in the reader's language (the case keeps the table's Japanese). */
  public String getReportabilityReason() {
    Incident incident = getIncident();
    return incident == null ? null : DecisionTexts.inLanguage(LocaleSelection.current(), "incidentReportability",
        incident.getReportabilityReason());
  }

  public String getElapsed() {
    return board.elapsedSinceAwareness(getIncident());
  }

  public String remaining(String kind) {
    return board.remaining(getIncident(), PpcReportKind.valueOf(kind));
  }

  public boolean overdue(Incident i, String kind) {
    return board.overdue(i, PpcReportKind.valueOf(kind));
  }

  public boolean submitted(String kind) {
    return incidents.reportOf(getIncident(), PpcReportKind.valueOf(kind)).isPresent();
  }

  public boolean isCanDowngrade() {
    return getIncident() != null && IncidentAccess.canDowngrade(currentUser.require(), getIncident());
  }

  public String downgrade() {
    try {
      board.downgrade(currentUser.require(), key, downgradeReason);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("incident.downgraded", key);
      return "/incident?faces-redirect=true&key=" + key;
    } catch (ActionRefused e) {
      Messages.refused(e, caseRef());
      return null;
    }
  }

  /** The incident's case, for the trail entry of a refusal. */
  private CaseRef caseRef() {
    return new CaseRef(incident == null ? null : incident.getProcessInstanceId(), key, null);
  }

  public List<HeadquartersMember> getMembers() {
    return getIncident() == null ? List.of() : members.of(getIncident());
  }

  /** Staff the head or deputy may still name, shown by name (the id is only the option's value). */
  public List<StaffMember> getMemberCandidates() {
    return isCanNameMembers() ? members.candidates(getIncident()) : List.of();
  }

  public boolean isCanNameMembers() {
    return getIncident() != null && IncidentAccess.canNameMembers(currentUser.require(), getIncident());
  }

  public String addMember() {
    try {
      members.add(currentUser.require(), key, newMember);
      return afterMemberChange("incident.members.added", newMember);
    } catch (ActionRefused e) {
      Messages.refused(e, caseRef());
      return null;
    }
  }

  public String removeMember(String userId) {
    try {
      members.remove(currentUser.require(), key, userId);
      return afterMemberChange("incident.members.removed", userId);
    } catch (ActionRefused e) {
      Messages.refused(e, caseRef());
      return null;
    }
  }

  private String afterMemberChange(String messageKey, String userId) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info(messageKey, board.name(userId));
    return "/incident?faces-redirect=true&key=" + key;
  }

  public String name(String userId) {
    return board.name(userId);
  }

  public String label(String value) {
    return IncidentLabels.value(FacesContext.getCurrentInstance().getViewRoot().getLocale(), value);
  }

  public String labels(String joined) {
    return IncidentLabels.list(FacesContext.getCurrentInstance().getViewRoot().getLocale(), joined);
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

  public String getNewMember() {
    return newMember;
  }

  public void setNewMember(String newMember) {
    this.newMember = newMember;
  }

  public String getDowngradeReason() {
    return downgradeReason;
  }

  public void setDowngradeReason(String downgradeReason) {
    this.downgradeReason = downgradeReason;
  }
}
