package jp.mamori.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.process.ModelLabels;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.LocaleSelection;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The headquarters' board (第35条): what the head, the deputy and the members they named see of an incident — its
 * status, the clock since awareness, open tasks with their deadlines, the action log — and the head's downgrade.
 * Every read checks {@link IncidentAccess}; the URL rule in SecurityConfiguration is only the first fence.
 */
@Service
public class IncidentBoard {

  static final String DOWNGRADE_MESSAGE = "IncidentDowngraded";

  private final Incidents incidents;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final StaffDirectory staff;
  private final AuditTrail trail;
  private final Clock clock;
  private final HeadquartersMembers members;

  IncidentBoard(Incidents incidents, TaskService taskService, RuntimeService runtimeService, StaffDirectory staff,
      AuditTrail trail, Clock clock, HeadquartersMembers members) {
    this.incidents = incidents;
    this.members = members;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.staff = staff;
    this.trail = trail;
    this.clock = clock;
  }

  /** The incidents the user may see, paged in the database in the page's order. */
  public Page<Incident> visibleTo(StaffPrincipal user, Pageable page) {
    return incidents.visibleTo(user.userId(), IncidentAccess.boardRole(user.groupIds()),
        members.incidentsOf(user.userId()), page);
  }

  /**
   * The list of boards is for the holders of the head's and deputy's roles and for named members; the URL rule
   * lets all staff reach the page, so everyone else is refused here.
   */
  public boolean mayOpenList(StaffPrincipal user) {
    // a head or deputy acting for an absent one (Keio 6) may hold neither role: they open the list of theirs
    return IncidentAccess.boardRole(user.groupIds()) || visibleTo(user, PageRequest.of(0, 1)).hasContent();
  }

  public Optional<Incident> board(StaffPrincipal user, String caseKey) {
    return incidents.find(caseKey).filter(i -> canSee(user, i));
  }

  private boolean canSee(StaffPrincipal user, Incident incident) {
    return IncidentAccess.canSee(user, incident, members.isMember(user.userId(), incident));
  }

  public List<BoardTask> openTasks(Incident incident) {
    if (incident.getProcessInstanceId() == null) {
      return List.of();
    }
    Date now = Date.from(clock.instant());
    return taskService.createTaskQuery().processInstanceId(incident.getProcessInstanceId())
        .orderByDueDate().asc().list().stream()
        .map(t -> new BoardTask(
            ModelLabels.element(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName()), holder(t), t.getDueDate(),
            t.getDueDate() != null && t.getDueDate().before(now)))
        .toList();
  }

  /** The clock since awareness, e.g. "2日 3時間"; APPI deadlines count from this moment in calendar days. */
  public String elapsedSinceAwareness(Incident incident) {
    Instant end = incident.getStatus().isOpen() ? clock.instant()
        : Optional.ofNullable(incident.getClosedAt()).orElse(incident.getDowngradedAt());
    Duration elapsed = Duration.between(incident.getAwareAt(), end == null ? clock.instant() : end);
    return Messages.text(LocaleSelection.current(), "incident.elapsed", String.valueOf(elapsed.toDays()), String.valueOf(elapsed.toHoursPart()),
        String.valueOf(elapsed.toMinutesPart()));
  }

  /** Time left before a report's deadline, or null when there is none or it is done. */
  public String remaining(Incident incident, PpcReportKind kind) {
    Instant due = kind == PpcReportKind.PRELIMINARY ? incident.getPreliminaryDueAt() : incident.getFinalDueAt();
    Instant submitted = kind == PpcReportKind.PRELIMINARY ? incident.getPreliminarySubmittedAt()
        : incident.getFinalSubmittedAt();
    if (due == null || submitted != null || !incident.getStatus().isOpen()) {
      return null;
    }
    Duration left = Duration.between(clock.instant(), due);
    if (left.isNegative()) {
      return null;
    }
    return Messages.text(LocaleSelection.current(), "incident.remaining", String.valueOf(left.toDays()), String.valueOf(left.toHoursPart()));
  }

  public boolean overdue(Incident incident, PpcReportKind kind) {
    return incident.isOverdue(kind, clock.instant());
  }

  /**
   * The head downgrades the incident (no leak after all) with a reason: the process ends through its event
   * sub-process, whatever it was waiting for. Refused for anyone but the head, and for the reporter.
   */
  @Transactional
  public void downgrade(StaffPrincipal user, String caseKey, String reason) {
    Incident incident = incidents.find(caseKey).orElseThrow(() -> new ActionRefused("incident.error.notFound"));
    if (!IncidentAccess.canDowngrade(user, incident)) {
      throw new ActionRefused("incident.error.notHead");
    }
    if (reason == null || reason.isBlank()) {
      throw new ActionRefused("incident.error.reasonRequired");
    }
    runtimeService.createMessageCorrelation(DOWNGRADE_MESSAGE)
        .processInstanceId(incident.getProcessInstanceId())
        .setVariables(Map.of("downgradedBy", user.userId(), "downgradeReason", reason.trim()))
        .correlate();
    trail.record(user.userId(), "INCIDENT_DOWNGRADED", new CaseRef(incident.getProcessInstanceId(), caseKey, null),
        Messages.notice("incident.trail.downgraded"), reason.trim(), "decision=downgrade");
  }

  public String name(String userId) {
    return userId == null ? "—" : staff.displayName(userId);
  }

  private String holder(Task task) {
    if (task.getAssignee() != null) {
      return staff.displayName(task.getAssignee());
    }
    List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
    Locale locale = LocaleSelection.current();
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(l -> l.getGroupId() != null ? IncidentLabels.value(locale, l.getGroupId())
            : staff.displayName(l.getUserId()))
        .collect(Collectors.joining(LocaleSelection.JAPANESE.equals(locale) ? "、" : ", "));
  }
}
