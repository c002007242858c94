package jp.mamori.incident;

import static jp.mamori.process.CaseVariables.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.process.DecisionOutcome;
import jp.mamori.web.ModelBean;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.CaseReaders;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The glue between the model leakIncidentResponse and {@link Incidents}: each method is one service task or task
 * listener ({@code ${incidentCase.report(execution)}} etc.). Notifications name the case and link to the board,
 * never the incident's personal data.
 */
@ModelBean
@Component("incidentCase")
public class IncidentCase {

  /** The fields each headquarters task records, in the order the board's log shows them. */
  static final Map<String, List<String>> RESULTS = Map.of(
      "Task_ReportOfficer", List.of("officerReport"),
      "Task_Investigate", List.of("investigationFacts", "investigationCause", "investigationScope"),
      "Task_Contain", List.of("containmentMeasures", "secondaryDamage"),
      "Task_NotifyPersons", List.of("notificationDecision", "notificationReason"),
      "Task_ReportHeadOffice", List.of("headOfficeReport"),
      "Task_ReportPrefecture", List.of("prefectureDecision", "prefectureReason"));

  /**
   * What the HQ found fills the PPC report's items and the notice's items (規則第10条) still empty (both stay
   * editable): result field → item.
   */
  static final List<Map.Entry<String, String>> PREFILL = List.of(Map.entry("investigationCause", "ppcCause"),
      Map.entry("notificationReason", "ppcResponseToPersons"), Map.entry("investigationCause", "noticeCause"),
      Map.entry("secondaryDamage", "noticeSecondaryDamage"));

  /** 規則第10条: what the notice to the persons says — the items (1), (2), (4), (5) of 第8条1項 are required. */
  static final List<String> NOTICE_REQUIRED = List.of("noticeSummary", "noticeDataItems", "noticeCause",
      "noticeSecondaryDamage");
  static final List<String> NOTICE_ITEMS = List.of("noticeSummary", "noticeDataItems", "noticeCause",
      "noticeSecondaryDamage", "noticeOther");

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Incidents incidents;
  private final IncidentSettings settings;
  private final Notifications notifications;
  private final StaffDirectory staff;
  private final Clock clock;
  private final CaseReaders caseReaders;
  private final IncidentDeadlines deadlines;

  IncidentCase(Incidents incidents, IncidentSettings settings, Notifications notifications, StaffDirectory staff,
      Clock clock, CaseReaders caseReaders, IncidentDeadlines deadlines) {
    this.deadlines = deadlines;
    this.incidents = incidents;
    this.settings = settings;
    this.notifications = notifications;
    this.staff = staff;
    this.clock = clock;
    this.caseReaders = caseReaders;
  }

  /** 第34条: the report is registered and the emergency contact chain told at once (in the app and by e-mail). */
  public void report(DelegateExecution execution) {
    IncidentFacts facts = IncidentFacts.of(execution.getVariables(), zone(), clock.instant());
    String key = execution.getProcessBusinessKey();
    incidents.report(key, execution.getProcessInstanceId(), facts, initiator(execution));
    execution.setVariable("specialCare", facts.specialCare());
    execution.setVariable("personCount", facts.personCount() == null ? null : facts.personCount().longValue());
    execution.setVariable("awareAt", java.util.Date.from(facts.awareAt()));
    execution.setVariable("incidentSummary", summary(incidents.byKey(key)));
    StoredText title = StoredText.of("incident.notice.reported", key);
    StoredText body = StoredText.of(facts.specialCare() ? "incident.notice.reported.bodySpecialCare"
        : "incident.notice.reported.body", IncidentLabels.arg(facts.certainty()),
        StoredText.plain(WHEN.format(facts.awareAt().atZone(zone()))));
    Set<String> boardReaders = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>(settings.getContactUsers());
    for (String role : settings.getContactRoles()) {
      for (StaffMember member : staff.membersOf(role)) {
        (IncidentAccess.boardRole(member.groupIds()) ? boardReaders : others).add(member.id());
      }
    }
    others.removeAll(boardReaders);
    notifications.toUsers(boardReaders, title, body, board(key));
    notifications.toUsers(others, title, body, null);
    incidents.log(key, null, "CONTACT_CHAIN",
        StoredText.of("incident.log.contactChain", StoredText.list(
            names(boardReaders, others).stream().map(StoredText::data).toList(), false)));
  }

  /** The head decided at set-up; a downgrade needs its reason, and records who decided it. */
  public void setUpDecided(DelegateTask task) {
    if (!"downgrade".equals(task.getVariable("setupDecision"))) {
      factsConfirmed(task);
    }
    if ("downgrade".equals(task.getVariable("setupDecision"))) {
      String reason = text(task.getVariable("setupReason"));
      if (reason == null) {
        throw new ActionRefused("incident.error.reasonRequired");
      }
      task.setVariable("downgradedBy", task.getAssignee());
      task.setVariable("downgradeReason", reason);
    }
  }

  /**
   * 第35条2 and four-eyes without a stall: when a total manager reported the leak himself, the supervising manager may
   * set the headquarters up — the total manager stays its head.
   * Recorded on the board's log.
   */
  public void setUpOpened(DelegateTask task) {
    // issue #17 item 7: the set-up is due when the head would be reminded; the list shows it as urgent
    task.setDueDate(java.util.Date.from(clock.instant().plus(java.time.Duration.parse(settings.getSetUpReminder()))));
    String reporter = (String) task.getVariable("initiator");
    if (reporter != null && staff.isMember(reporter, IncidentAccess.HEAD_ROLE)) {
      task.addCandidateGroup(IncidentAccess.DEPUTY_ROLE);
      incidents.log(businessKey(task), null, "SET_UP_BY_DEPUTY",
          StoredText.of("incident.log.setUpByDeputy", staff.displayName(reporter)));
    }
  }

  /**
   * 規則第7条 (issue #13 item 4): the facts the decision table reads, as the head confirms them. The encryption
   * exemption needs high-standard encryption and a key that did not leak, and never applies to paper; 要配慮 data
   * named in the data items cannot be left unticked without a reason; an unknown count that may exceed 1,000 is
   * asked ("おそれ").
   */
  private void factsConfirmed(DelegateTask task) {
    if (task.getVariable("mayExceedThousand") == null) {
      task.setVariable("mayExceedThousand", false);
    }
    if (Boolean.TRUE.equals(task.getVariable("stronglyEncrypted"))) {
      if ("paper".equals(task.getVariable("medium"))) {
        throw new ActionRefused("incident.error.encryptionPaper");
      }
      if (!Boolean.TRUE.equals(task.getVariable("encryptionKeySafe"))) {
        throw new ActionRefused("incident.error.encryptionKey");
      }
    }
    String items = text(task.getVariable("dataItems"));
    if (!Boolean.TRUE.equals(task.getVariable("specialCare")) && items != null
        && text(task.getVariable("specialCareReason")) == null) {
      settings.getSpecialCareWords().stream().filter(items::contains).findFirst().ifPresent(word -> {
        throw new ActionRefused("incident.error.specialCareNamed", word);
      });
    }
  }

  /**
   * 第35条1(1)・2: the headquarters. Whoever completed the set-up (the total manager, the supervising manager when the
   * total manager reported, or the director's deputy after an escalation), the head is the total manager and the
   * deputy the supervising manager; when one of them is not appointed, the organization's deputy (Keio 6) acts.
   */
  public void setUp(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    String by = (String) execution.getVariable("completedBy");
    String head = head(by, (String) execution.getVariable("initiator"));
    String deputy = deputy(head, by);
    Object count = execution.getVariable("personCount");
    String deputyName = deputy == null ? "—" : staff.displayName(deputy);
    StoredText detail = by.equals(head) ? StoredText.of("incident.log.setUp", staff.displayName(head), deputyName)
        : StoredText.of("incident.log.setUpBy", staff.displayName(head), deputyName, staff.displayName(by));
    incidents.setUp(key, by, head, deputy, count == null ? null : ((Number) count).intValue(), detail);
    execution.setVariable("incidentHead", head);
    execution.setVariable("incidentDeputy", deputy);
    prefillNotice(execution, incidents.byKey(key));
    execution.setVariable("incidentSummary", summary(incidents.byKey(key)));
    List<String> hq = deputy == null ? List.of(head) : List.of(head, deputy);
    // need to know: the case's content is theirs (the model says needToKnow=true; docs/security.md)
    caseReaders.grant(execution.getProcessInstanceId(), hq);
    notifications.toUsers(hq, StoredText.of("incident.notice.setUp", key),
        StoredText.of("incident.notice.setUp.body"), board(key));
  }

  /**
   * 第35条2, four-eyes without a stall: the head closes; when the head reported the leak himself, the deputy closes
   * (recorded), so no headquarters stays open for want of someone allowed to close it.
   */
  public void closeOpened(DelegateTask task) {
    String head = (String) task.getVariable("incidentHead");
    String deputy = (String) task.getVariable("incidentDeputy");
    if (head != null && head.equals(task.getVariable("initiator")) && deputy != null) {
      task.addCandidateUser(deputy);
      incidents.log(businessKey(task), null, "CLOSE_BY_DEPUTY",
          StoredText.of("incident.log.closeByDeputy", staff.displayName(deputy)));
    }
  }

  /**
   * The total manager: the one who set up if they hold the role; else the reporter if a total manager (the deputy set
   * up in their place); else the total manager whose deputy set up (an escalation); else the first total manager.
   */
  private String head(String setUpBy, String reporter) {
    if (staff.isMember(setUpBy, IncidentAccess.HEAD_ROLE)) {
      return setUpBy;
    }
    if (reporter != null && staff.isMember(reporter, IncidentAccess.HEAD_ROLE)) {
      return reporter;
    }
    List<StaffMember> totalManagers = staff.membersOf(IncidentAccess.HEAD_ROLE);
    return totalManagers.stream().map(StaffMember::id)
        .filter(id -> staff.deputyOf(id).filter(setUpBy::equals).isPresent()).findFirst()
        .or(() -> totalManagers.stream().map(StaffMember::id).findFirst())
        .orElse(setUpBy);
  }

  /**
   * The supervising manager: the one who set up if they hold the role; else the head's deputy if a supervising
   * manager; else the first supervising manager; else the head's deputy in the organization.
   */
  private String deputy(String head, String setUpBy) {
    if (!setUpBy.equals(head) && staff.isMember(setUpBy, IncidentAccess.DEPUTY_ROLE)) {
      return setUpBy;
    }
    java.util.Optional<String> headsDeputy = staff.deputyOf(head).filter(id -> !id.equals(head));
    return headsDeputy.filter(id -> staff.isMember(id, IncidentAccess.DEPUTY_ROLE))
        .or(() -> staff.membersOf(IncidentAccess.DEPUTY_ROLE).stream().map(StaffMember::id)
            .filter(id -> !id.equals(head)).findFirst())
        .or(() -> headsDeputy)
        .orElse(setUpBy.equals(head) ? null : setUpBy);
  }

  /**
   * Issue #13 item 5, the clock runs from awareness: before set-up, the reported facts are judged by the same table;
   * when they are reportable (要配慮 data, more than 1,000 persons …) the incident shows its 速報 and 確報 deadlines on
   * the board and the dashboard at once, and goes overdue there when they pass. The PPC tasks come with the set-up.
   */
  public void prejudged(DelegateExecution execution) {
    Map<String, Object> ruling = DecisionOutcome.of(execution);
    if (!Boolean.TRUE.equals(ruling.get("reportable"))) {
      return;
    }
    String key = execution.getProcessBusinessKey();
    Incident incident = incidents.byKey(key);
    int finalDays = ((Number) ruling.get("finalReportDays")).intValue();
    Instant preliminaryDue = ReportDeadlines.due(incident.getAwareAt(), settings.getPreliminaryDays(), zone());
    Instant finalDue = ReportDeadlines.due(incident.getAwareAt(), finalDays, zone());
    String reason = (String) ruling.get("reportabilityReason");
    incidents.ruled(key, true, reason, finalDays, preliminaryDue, finalDue, "PPC_PREJUDGED",
        StoredText.of("incident.log.prejudged", reason, StoredText.plain(WHEN.format(preliminaryDue.atZone(zone()))),
            StoredText.plain(WHEN.format(finalDue.atZone(zone())))));
  }

  /**
   * The decision table's result at set-up and again whenever the facts change (issue #13 item 3): the PPC deadlines
   * count from the moment of awareness in calendar days ({@link ReportDeadlines}); reminders and escalations come
   * before them, moved off days off ({@link IncidentDeadlines}). The first time the case is reportable the PPC
   * reports start ({@code ppcRequired}, the model's event sub-process); a later change of the final report's period
   * (30 ↔ 60 days) moves the running timers. A reportable case stays reportable: without a leak, the head downgrades.
   */
  public void ruled(DelegateExecution execution) {
    Map<String, Object> ruling = DecisionOutcome.of(execution);
    boolean reportable = Boolean.TRUE.equals(ruling.get("reportable"));
    boolean required = Boolean.TRUE.equals(execution.getVariable("ppcRequired"));
    boolean rejudged = execution.getVariable("reportable") != null;
    String reason = (String) ruling.get("reportabilityReason");
    String key = execution.getProcessBusinessKey();
    Incident incident = incidents.byKey(key);
    if (!reportable && required) {
      incidents.log(key, null, "PPC_RULING_KEPT", StoredText.of("incident.log.rulingNotLowered", reason));
      return;
    }
    execution.setVariable("reportable", reportable);
    execution.setVariable("reportabilityReason", reason);
    if (!reportable) {
      incidents.ruled(key, false, reason, null, null, null, "PPC_NOT_REPORTABLE", asWritten(reason));
      execution.setVariable("reportabilitySummary", Messages.notice("incident.summary.notReportable", reason));
      return;
    }
    int finalDays = ((Number) ruling.get("finalReportDays")).intValue();
    Object before = execution.getVariable("finalReportDays");
    Instant preliminaryDue = ReportDeadlines.due(incident.getAwareAt(), settings.getPreliminaryDays(), zone());
    Instant finalDue = ReportDeadlines.due(incident.getAwareAt(), finalDays, zone());
    deadlines.dates(execution, "preliminary", preliminaryDue, settings.getPreliminaryReminder(),
        settings.getPreliminaryEscalation());
    deadlines.dates(execution, "final", finalDue, settings.getFinalReminder(), settings.getFinalEscalation());
    execution.setVariable("finalReportDays", finalDays);
    boolean periodChanged = required && before != null && ((Number) before).intValue() != finalDays;
    String action = !required ? "PPC_REPORTABLE" : periodChanged ? "PPC_PERIOD_CHANGED" : "PPC_RULING_KEPT";
    incidents.ruled(key, true, reason, finalDays, preliminaryDue, finalDue, action,
        action.equals("PPC_RULING_KEPT") ? StoredText.of("incident.log.rulingKept", reason)
            : rejudged ? StoredText.of("incident.log.rejudged", reason, finalDays) : asWritten(reason));
    execution.setVariable("reportabilitySummary", Messages.notice("incident.summary.reportable", reason,
        WHEN.format(preliminaryDue.atZone(zone())), WHEN.format(finalDue.atZone(zone())), String.valueOf(finalDays)));
    if (periodChanged) {
      deadlines.reschedule(execution.getProcessInstanceId(), execution);
    }
    if (!required) {
      prefillPpcReport(execution, incident);
      if (rejudged) {
        notifications.toUsers(headquarters(incident), StoredText.of("incident.notice.becameReportable", key),
            StoredText.of("incident.notice.becameReportable.body", reason), board(key));
      }
      // last: the model's event sub-process starts the PPC reports when this variable is created
      execution.setVariable("ppcRequired", true);
    }
  }

  /**
   * The investigation (Keio 34) confirmed or changed the facts the decision table reads — 要配慮 data, the number of
   * persons or "おそれ", an unlawful purpose, financial damage, encryption; the same checks as at set-up apply, and
   * the facts go to the board's log. The model judges reportability again right after (規則第7条).
   */
  public void investigated(DelegateTask task) {
    factsConfirmed(task);
    done(task);
    Object count = task.getVariable("personCount");
    Integer persons = count == null ? null : ((Number) count).intValue();
    incidents.factsFound(businessKey(task), persons, task.getAssignee(), StoredText.of("incident.log.factsFound",
        yesNo(task, "specialCare"), persons == null ? StoredText.message("incident.persons.unknownYet")
            : StoredText.nested(StoredText.of("incident.persons", persons)),
        yesNo(task, "mayExceedThousand"), yesNo(task, "unlawfulPurpose"), yesNo(task, "financialDamageRisk"),
        yesNo(task, "stronglyEncrypted")));
  }

  /**
   * APPI 第26条 (issue #13 item 3): the headquarters cannot close while a report the case requires has not gone to
   * the PPC — a task listener, so every channel (task page, REST) is refused alike.
   */
  public void closing(DelegateTask task) {
    Incident incident = incidents.byKey(businessKey(task));
    if (!Boolean.TRUE.equals(incident.getReportable())) {
      return;
    }
    if (incident.getPreliminarySubmittedAt() == null) {
      throw new ActionRefused("incident.error.ppcMissing", PpcReportKind.PRELIMINARY.label());
    }
    if (incident.getFinalSubmittedAt() == null) {
      throw new ActionRefused("incident.error.ppcMissing", PpcReportKind.FINAL.label());
    }
  }

  private static StoredText.Arg yesNo(DelegateTask task, String flag) {
    return StoredText.message(Boolean.TRUE.equals(task.getVariable(flag)) ? "incident.fact.yes" : "incident.fact.no");
  }

  /** A text the decision table or a person wrote, kept as written (shown as data in every language). */
  private static StoredText asWritten(String text) {
    return StoredText.of("stored.asWritten", text);
  }

  /** 第35条1(2): the corporate officer is told that a report is on its way (no personal data in the message). */
  public void officerReported(DelegateTask task) {
    done(task);
    String key = businessKey(task);
    notifications.toRole("corporate-officer", StoredText.of("incident.notice.officer", key),
        StoredText.of("incident.notice.officer.body"), null);
  }

  /** Any headquarters task: its result (the form's fields, see {@link #RESULTS}) goes to the board's log. */
  public void done(DelegateTask task) {
    List<StoredText.Arg> results = new ArrayList<>();
    for (String name : RESULTS.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
      String value = text(task.getVariable(name));
      if (value != null) {
        results.add(IncidentLabels.arg(value));
      }
    }
    incidents.log(businessKey(task), task.getAssignee(), "TASK_DONE", StoredText.of("incident.log.taskDone",
        StoredText.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName()),
        StoredText.list(results, false)));
    PREFILL.forEach(pair -> {
      String result = text(task.getVariable(pair.getKey()));
      if (text(task.getVariable(pair.getValue())) == null && result != null) {
        task.setVariable(pair.getValue(), IncidentLabels.value(result));
      }
    });
  }

  /**
   * 第35条1(3)・規則第10条: the persons were notified (or it was published); what the notice said — the items of
   * 規則第10条 — is required and kept on the board's log, not only the method.
   */
  public void notified(DelegateTask task) {
    List<StoredText.Arg> notice = new ArrayList<>();
    for (String item : NOTICE_ITEMS) {
      String value = text(task.getVariable(item));
      if (value == null && NOTICE_REQUIRED.contains(item)) {
        throw new ActionRefused("incident.error.noticeItem." + item);
      }
      if (value != null) {
        notice.add(StoredText.nested(StoredText.of("incident.log.item",
            StoredText.message("incident.noticeItem." + item), value)));
      }
    }
    done(task);
    incidents.log(businessKey(task), task.getAssignee(), "NOTICE_CONTENT",
        StoredText.of("stored.asWritten", StoredText.list(notice, true)));
  }

  /**
   * APPI 第26条: a 速報 (or 確報) was sent before the downgrade — the PPC is told of the withdrawal or correction,
   * with the head's reason, and what was told is kept.
   */
  public void ppcWithdrawn(DelegateTask task) {
    Object kind = task.getVariable("ppcWithdrawalKind");
    String note = text(task.getVariable("ppcWithdrawalNote"));
    if (!"withdrawal".equals(kind) && !"correction".equals(kind)) {
      throw new ActionRefused("incident.error.withdrawalKind");
    }
    if (note == null) {
      throw new ActionRefused("incident.error.reasonRequired");
    }
    incidents.log(businessKey(task), task.getAssignee(), "PPC_WITHDRAWN",
        StoredText.of("incident.log.ppc." + kind, note, task.getVariable("downgradeReason")));
  }

  /** A report to the PPC was submitted: its nine items are kept for printing and export. */
  public void submitted(DelegateTask task, String kind) {
    Map<String, String> items = new LinkedHashMap<>();
    for (String item : PpcReport.ITEMS.keySet()) {
      items.put(item, text(task.getVariable(item)));
    }
    if (items.get("ppcSummary") == null) {
      throw new ActionRefused("incident.error.ppcSummary");
    }
    incidents.submit(businessKey(task), PpcReportKind.valueOf(kind), items, task.getAssignee());
  }

  /** Before the deadline: whoever holds the report task, or the headquarters while nobody has claimed it. */
  public void remindReport(DelegateExecution execution, String kind) {
    PpcReportKind report = PpcReportKind.valueOf(kind);
    String key = execution.getProcessBusinessKey();
    Incident incident = incidents.byKey(key);
    StoredText title = StoredText.of("incident.notice.ppcReminder", report.labelArg(), key);
    notifications.toUsers(headquarters(incident), title,
        StoredText.of("incident.notice.ppcReminder.body", StoredText.plain(due(incident, report))), board(key));
    incidents.log(key, null, "PPC_" + kind + "_REMINDED", title);
  }

  /** Shortly before the deadline: the head and the deputy, whoever holds the task. */
  public void escalateReport(DelegateExecution execution, String kind) {
    PpcReportKind report = PpcReportKind.valueOf(kind);
    String key = execution.getProcessBusinessKey();
    Incident incident = incidents.byKey(key);
    StoredText title = StoredText.of("incident.notice.ppcEscalation", report.labelArg(), key);
    notifications.toUsers(headquarters(incident), title,
        StoredText.of("incident.notice.ppcEscalation.body", StoredText.plain(due(incident, report))), board(key));
    incidents.log(key, null, "PPC_" + kind + "_ESCALATED", title);
  }

  /** The deadline passed without the report: never silently — flagged on the board and told to the HQ. */
  public void reportOverdue(DelegateExecution execution, String kind) {
    PpcReportKind report = PpcReportKind.valueOf(kind);
    String key = execution.getProcessBusinessKey();
    Incident incident = incidents.byKey(key);
    incidents.overdue(key, report);
    Set<String> to = new LinkedHashSet<>(headquarters(incident));
    staff.membersOf("total-manager").forEach(m -> to.add(m.id()));
    notifications.toUsers(to, StoredText.of("incident.notice.ppcOverdue", report.labelArg(), key),
        StoredText.of("incident.notice.ppcOverdue.body", StoredText.plain(due(incident, report))), board(key));
  }

  /** Recurrence prevention: up to three measures, each with an owner on the staff and a due date. */
  public void measuresDecided(DelegateTask task) {
    List<Incidents.MeasureInput> measures = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String measure = text(task.getVariable("measure" + i));
      String owner = text(task.getVariable("measureOwner" + i));
      String due = text(task.getVariable("measureDue" + i));
      if (measure == null && owner == null && due == null) {
        continue;
      }
      if (measure == null || owner == null || due == null) {
        throw new ActionRefused("incident.error.measureIncomplete", i);
      }
      if (staff.find(owner).isEmpty()) {
        throw new ActionRefused("incident.error.measureOwner", i, owner);
      }
      try {
        measures.add(new Incidents.MeasureInput(measure, owner, LocalDate.parse(due)));
      } catch (DateTimeParseException e) {
        throw new ActionRefused("incident.error.measureIncomplete", i);
      }
    }
    if (measures.isEmpty()) {
      throw new ActionRefused("incident.error.measureIncomplete", 1);
    }
    incidents.measures(businessKey(task), measures, task.getAssignee());
    measures.forEach(m -> notifications.toUsers(List.of(m.owner()),
        StoredText.of("incident.notice.measure", businessKey(task)),
        StoredText.of("incident.notice.measure.body", StoredText.plain(m.due()), m.measure()), null));
  }

  /** The head closes the headquarters with a final record. */
  public void close(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    incidents.close(key, (String) execution.getVariable("completedBy"), (String) execution.getVariable("closeReason"));
    Incident incident = incidents.byKey(key);
    notifications.toUsers(everyoneConcerned(incident), StoredText.of("incident.notice.closed", key),
        StoredText.of("incident.notice.closed.body"), null);
  }

  /** No leak after all: the head downgraded it with a reason (at set-up, or at any time from the board). */
  public void downgraded(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    incidents.downgrade(key, (String) execution.getVariable("downgradedBy"),
        (String) execution.getVariable("downgradeReason"));
    Incident downgraded = incidents.byKey(key);
    // APPI 第26条: a report already sent is withdrawn or corrected (the downgrade sub-process asks for it)
    execution.setVariable("ppcReported", downgraded.getPreliminarySubmittedAt() != null
        || downgraded.getFinalSubmittedAt() != null);
    notifications.toUsers(everyoneConcerned(downgraded), StoredText.of("incident.notice.downgraded", key),
        StoredText.of("incident.notice.downgraded.body"), null);
  }

  private List<String> everyoneConcerned(Incident incident) {
    Set<String> to = new LinkedHashSet<>(headquarters(incident));
    to.add(incident.getReportedBy());
    return List.copyOf(to);
  }

  private List<String> headquarters(Incident incident) {
    Set<String> to = new LinkedHashSet<>();
    if (incident.getHead() != null) {
      to.add(incident.getHead());
    }
    if (incident.getDeputy() != null) {
      to.add(incident.getDeputy());
    }
    if (to.isEmpty()) {
      staff.membersOf("total-manager").forEach(m -> to.add(m.id()));
    }
    return List.copyOf(to);
  }


  /** 規則第10条: the notice to the persons starts from what was reported. */
  private void prefillNotice(DelegateExecution execution, Incident incident) {
    execution.setVariable("noticeSummary", incident.getWhatHappened());
    execution.setVariable("noticeDataItems", incident.getDataItems());
    if (incident.getCause() != null && !incident.getCause().isBlank()) {
      execution.setVariable("noticeCause", incident.getCause());
    }
  }

  /** The report forms start from what is known; the final report starts from the preliminary one. */
  private void prefillPpcReport(DelegateExecution execution, Incident incident) {
    execution.setVariable("ppcSummary", incident.getWhatHappened());
    execution.setVariable("ppcDataItems", incident.getDataItems());
    execution.setVariable("ppcPersons", incident.getPersonCount() == null
        ? Messages.notice("incident.persons.unknownYet")
        : Messages.notice("incident.persons", String.valueOf(incident.getPersonCount())));
    execution.setVariable("ppcCause", incident.getCause());
  }

  private String due(Incident incident, PpcReportKind kind) {
    Instant due = kind == PpcReportKind.PRELIMINARY ? incident.getPreliminaryDueAt() : incident.getFinalDueAt();
    return due == null ? "—" : WHEN.format(due.atZone(zone()));
  }

  private String summary(Incident incident) {
    return Messages.notice("incident.summary", IncidentLabels.type(incident.getIncidentType()),
        IncidentLabels.certainty(incident.getCertainty()), WHEN.format(incident.getAwareAt().atZone(zone())),
        incident.getWhatHappened(), orDash(incident.getDataItems()),
        incident.getPersonCount() == null ? IncidentLabels.value("unknown")
            : Messages.notice("incident.persons", String.valueOf(incident.getPersonCount())),
        IncidentLabels.list(incident.getSpecialCategories()), IncidentLabels.medium(incident.getMedium()),
        orDash(incident.getCause()), IncidentLabels.contained(incident.getContained()),
        staff.displayName(incident.getReportedBy()));
  }

  private List<String> names(Set<String> a, Set<String> b) {
    List<String> names = new ArrayList<>();
    a.forEach(id -> names.add(staff.displayName(id)));
    b.forEach(id -> names.add(staff.displayName(id)));
    return names;
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  private static String board(String key) {
    return "/incident.xhtml?key=" + key;
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private static String initiator(DelegateExecution execution) {
    return (String) execution.getVariable("initiator");
  }

  private static String businessKey(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }
}
