package jp.mamori.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.web.ModelBean;
import jp.mamori.notification.Notifications;
import jp.mamori.people.PeopleFigures;
import jp.mamori.people.PeopleFigures.DepartmentFigures;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The glue between the model annualAudit (第36条) and {@link Audits}: each method is one service task or task
 * listener ({@code ${auditCase.open(execution)}} etc.). Business data lives in the audit tables; the process keeps
 * only what routes it.
 */
@ModelBean
@Component("auditCase")
public class AuditCase {

  static final String YEAR_TAKEN = "AUDIT_YEAR_TAKEN";
  /** A client answered an item the records answer (第20条3, 第33条): ignored, and recorded. */
  static final String ANSWER_FROM_RECORDS = "AUDIT_ANSWER_FROM_RECORDS";
  private static final ZoneId HOSPITAL = ZoneId.of("Asia/Tokyo");

  private final Audits audits;
  private final AuditSettings settings;
  private final AuditSummary summary;
  private final Notifications notifications;
  private final StaffDirectory staff;
  private final Clock clock;
  private final PeopleFigures people;
  private final AuditTrail trail;

  AuditCase(Audits audits, AuditSettings settings, AuditSummary summary, Notifications notifications,
      StaffDirectory staff, Clock clock, PeopleFigures people, AuditTrail trail) {
    this.people = people;
    this.trail = trail;
    this.audits = audits;
    this.settings = settings;
    this.summary = summary;
    this.notifications = notifications;
    this.staff = staff;
    this.clock = clock;
  }

  /**
   * Opens the audit: the regular audit of the fiscal year, or (by hand only) an extra audit with a reason (第36条
   * "年1回以上"). A second regular audit of the year is refused: by hand with a message the starter reads (nothing is
   * started), by the timer along the model's refusal path.
   */
  public void open(DelegateExecution execution) {
    // the engine sets the initiator from the authenticated user; the timer has none
    String initiator = (String) execution.getVariable("initiator");
    Object requested = execution.getVariable("auditYear");
    int year = requested instanceof Number n ? n.intValue() : audits.currentFiscalYear();
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey("AU-" + year + "-"
          + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT));
    }
    execution.setVariable("auditYear", (long) year);
    if (AuditKind.of(execution.getVariable("auditKind")) == AuditKind.EXTRA) {
      openExtra(execution, year, initiator);
      return;
    }
    execution.setVariable("auditKind", "regular");
    // asked first, so that the refusal path does not roll back the transaction it runs in
    String existing = audits.regularAuditOfYear(year).orElse(null);
    if (existing == null) {
      audits.openRegular(execution.getProcessBusinessKey(), year, initiator);
    } else if (initiator != null) {
      throw new ActionRefused("audit.error.yearTaken", String.valueOf(year), existing);
    } else {
      execution.setVariable("existingAudit", existing);
      throw new BpmnError(YEAR_TAKEN, "the audit of fiscal year " + year + " is " + existing);
    }
  }

  /** Refused on every channel (page, Tasklist, REST) without a reason: the start form's rule is not the only guard. */
  private void openExtra(DelegateExecution execution, int year, String initiator) {
    String reason = (String) execution.getVariable("extraAuditReason");
    if (initiator == null || reason == null || reason.isBlank()) {
      throw new ActionRefused("audit.error.extraNeedsReason");
    }
    audits.openExtra(execution.getProcessBusinessKey(), year, initiator, reason);
  }

  /** The yearly timer (annualAuditSchedule) starts the audit of the fiscal year, as nobody in particular. */
  public void startScheduled(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(AuditLeadStarter.PROCESS);
  }

  /** The timer found the year's audit already there: the audit lead hears of it. */
  public void refused(DelegateExecution execution) {
    notifications.toRole(settings.getLeadGroup(), StoredText.of("audit.notice.notStarted"),
        StoredText.of("audit.notice.notStarted.body", String.valueOf(execution.getVariable("auditYear")),
            execution.getVariable("existingAudit")), null);
  }

  /** Planning (第36条): every ledger entry is in scope; the focus points are the lead's. */
  public void plan(DelegateExecution execution) {
    int scope = audits.plan(execution.getProcessBusinessKey(), (String) execution.getVariable("focusPoints"));
    execution.setVariable("scopeSize", (long) scope);
  }

  /** The multi-instance collection: entries still to be self-checked. */
  public List<Long> pendingEntries(DelegateExecution execution) {
    return audits.pendingEntries(execution.getProcessBusinessKey());
  }

  /** The self-check's assignee: the information manager of the entry (第5条), a person, never a role. */
  public String informationManagerOf(DelegateExecution execution) {
    Long entryId = (Long) execution.getVariable("entryId");
    return audits.selfCheck(execution.getProcessBusinessKey(), entryId).getInformationManager();
  }

  /** Shows the entry (what the ledger says, 第22条) and a challenged check's earlier answers on the form. */
  public void prepareSelfCheck(DelegateTask task) {
    String caseKey = task.getExecution().getProcessBusinessKey();
    SelfCheck check = audits.selfCheck(caseKey, (Long) task.getVariable("entryId"));
    LedgerEntry entry = audits.ledgerEntry(check.getLedgerEntryId());
    task.setVariableLocal("entryTitle", check.getEntryTitle());
    // issue #17 item 7: the task list tells one entry's self-check from the others by the entry's name
    task.setVariableLocal(jp.mamori.tasks.TaskRow.SUBJECT_VARIABLE, check.getEntryTitle());
    task.setVariableLocal("entryDepartment", check.getDepartmentCode());
    task.setVariableLocal("entryKeeping", entry == null ? "" : summary.keeping(entry));
    task.setVariableLocal("challengeReason", check.getChallengeReason());
    // not under the answer fields' names: a task-local variable would hide the new answer, which the engine
    // stores on the execution
    task.setVariableLocal("previousAnswers", summary.answers(check));
    DepartmentFigures figures = people.of(check.getDepartmentCode());
    task.setVariableLocal("peopleFigures", Messages.notice("audit.people.figures", figures.staff(),
        names(figures.withoutPledge()), names(figures.missedTraining())));
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "—" : String.join("、", names);
  }

  /**
   * 第20条3, 第33条: the pledges and the training are read from the records for the entry's department, whatever a
   * client submits: nonconforming, with the names, when someone lacks a pledge or missed the yearly training.
   */
  private Answer fromRecords(CheckItem item, String departmentCode) {
    DepartmentFigures figures = people.of(departmentCode);
    List<String> missing = item == CheckItem.PLEDGES ? figures.withoutPledge() : figures.missedTraining();
    return missing.isEmpty()
        ? new Answer(Answer.CONFORMING, Messages.notice("audit.people.conforming." + item.key(), figures.staff()))
        : new Answer(Answer.NONCONFORMING, Messages.notice("audit.people.missing." + item.key(), names(missing)));
  }

  /**
   * Stores the answers in the audit's tables and keeps them out of the process (the next entry starts blank). The
   * pledges and the training (第20条3, 第33条) come from the records on every channel: the page has no field for
   * them, and a value a client sends anyway (REST, Tasklist, the Java API) is ignored — and, when it says otherwise
   * than the records, the attempt is in the audit trail ({@code AUDIT_ANSWER_FROM_RECORDS}), so the audit lead sees
   * who tried to answer for the records.
   */
  public void selfChecked(DelegateTask task) {
    Map<CheckItem, Answer> answers = new EnumMap<>(CheckItem.class);
    SelfCheck check = audits.selfCheck(task.getExecution().getProcessBusinessKey(),
        (Long) task.getVariable("entryId"));
    for (CheckItem item : CheckItem.values()) {
      answers.put(item, item.fromRecords() ? fromRecords(item, check.getDepartmentCode())
          : new Answer((String) task.getVariable(item.answerField()), (String) task.getVariable(item.noteField())));
      if (item.fromRecords()) {
        recordIgnored(task, check, item, answers.get(item));
      }
    }
    audits.answer(task.getExecution().getProcessBusinessKey(), (Long) task.getVariable("entryId"),
        task.getAssignee(), answers);
    CheckItem.formFields().forEach(task.getExecution()::removeVariable);
  }

  private void recordIgnored(DelegateTask task, SelfCheck check, CheckItem item, Answer fromRecords) {
    Object sent = task.getVariable(item.answerField());
    if (sent == null || sent.toString().isBlank() || sent.toString().equals(fromRecords.getValue())) {
      return;
    }
    trail.record(actor(task), ANSWER_FROM_RECORDS, new CaseRef(task.getProcessInstanceId(),
        task.getExecution().getProcessBusinessKey(), task.getId()), check.getEntryTitle(),
        null, item.key() + ": sent=" + sent + ", records=" + fromRecords.getValue());
  }

  /** After the self-checks: what the supervising manager reviews. */
  public void summarize(DelegateExecution execution) {
    String caseKey = execution.getProcessBusinessKey();
    audits.selfChecksDone(caseKey);
    execution.setVariable("selfCheckSummary", summary.ofSelfChecks(audits.byKey(caseKey)));
  }

  /** The review's challenges: the named entries' self-checks are asked again. */
  public void reviewed(DelegateExecution execution) {
    long challenged = 0;
    if ("challenge".equals(execution.getVariable("reviewDecision"))) {
      List<Long> ids = Arrays.stream(String.valueOf(execution.getVariable("challengedEntries")).split("[,、\\s]+"))
          .filter(s -> s.matches("\\d+")).map(Long::valueOf).toList();
      challenged = audits.challenge(execution.getProcessBusinessKey(), ids,
          (String) execution.getVariable("reviewReason"));
    }
    execution.setVariable("challengedCount", challenged);
  }

  public void raiseFindings(DelegateExecution execution) {
    execution.setVariable("findingCount", (long) audits.raiseFindings(execution.getProcessBusinessKey()));
  }

  public List<Long> raisedFindings(DelegateExecution execution) {
    return audits.findingsIn(execution.getProcessBusinessKey(), FindingStatus.RAISED);
  }

  public void prepareFinding(DelegateTask task) {
    Finding finding = audits.finding((Long) task.getVariable("findingId"));
    task.setVariableLocal("findingSummary", summary.ofFinding(finding, audits.selfCheckOf(finding)));
  }

  /** The action's owner must be someone on the staff: the action is assigned to them (第36条2). */
  public void assessed(DelegateTask task) {
    String owner = (String) task.getVariable("actionOwner");
    if (owner == null || staff.find(owner).isEmpty()) {
      throw new ActionRefused("audit.error.unknownOwner", String.valueOf(owner));
    }
    String due = (String) task.getVariable("actionDue");
    audits.assess((Long) task.getVariable("findingId"), (String) task.getVariable("severity"),
        (String) task.getVariable("rootCause"), (String) task.getVariable("actionText"),
        (String) task.getVariable("actionOwner"), due == null ? null : LocalDate.parse(due));
    List.of("severity", "rootCause", "actionText", "actionOwner", "actionDue")
        .forEach(task.getExecution()::removeVariable);
  }

  /** 第36条: the report goes to the hospital director (total manager). */
  public void report(DelegateExecution execution) {
    String caseKey = execution.getProcessBusinessKey();
    audits.report(caseKey);
    execution.setVariable("reportSummary", summary.ofReport(audits.byKey(caseKey)));
    execution.setVariable("reportLink", Messages.notice("audit.reportLink", caseKey));
  }

  public void acknowledged(DelegateExecution execution) {
    String caseKey = execution.getProcessBusinessKey();
    audits.acknowledge(caseKey, (String) execution.getVariable("completedBy"),
        (String) execution.getVariable("reportReason"));
    execution.setVariable("openActionCount", (long) audits.findingsIn(caseKey, FindingStatus.OPEN).size());
  }

  public List<Long> openActions(DelegateExecution execution) {
    return audits.findingsIn(execution.getProcessBusinessKey(), FindingStatus.OPEN);
  }

  /**
   * Each corrective action's scope holds its owner (for the four-eyes rule on verification), its due date and the
   * answers given in it, so that parallel actions never read each other's.
   */
  public void enterAction(DelegateExecution execution) {
    Finding finding = audits.finding((Long) execution.getVariable("findingId"));
    execution.setVariableLocal("actionOwner", finding.getActionOwner());
    execution.setVariableLocal("actionDueAt", Date.from(finding.getActionDue().atTime(17, 0)
        .atZone(HOSPITAL).toInstant()));
    execution.setVariableLocal("findingSummary", summary.ofFinding(finding, audits.selfCheckOf(finding)));
    execution.setVariableLocal("completionNote", null);
    execution.setVariableLocal("verifyDecision", null);
    execution.setVariableLocal("verifyReason", null);
    execution.setVariableLocal("carryOverDue", null);
    execution.setVariableLocal("carryOverDecision", null);
    execution.setVariableLocal("carryOverReason", null);
  }

  public void actionDone(DelegateTask task) {
    audits.actionDone((Long) task.getVariable("findingId"), (String) task.getVariable("completionNote"));
  }

  /** A proposed carry-over needs a due date after today, on every channel (the form's rule is not the only guard). */
  public void verified(DelegateTask task) {
    String decision = (String) task.getVariable("verifyDecision");
    LocalDate due = null;
    if ("carryOver".equals(decision)) {
      due = futureDate(task.getVariable("carryOverDue"));
    }
    audits.verify((Long) task.getVariable("findingId"), actor(task), decision,
        (String) task.getVariable("verifyReason"), due);
  }

  /** 第36条2: only the director carries a nonconformity over, with a due date; refused, it is corrected this year. */
  public void carryOverDecided(DelegateTask task) {
    String decision = (String) task.getVariable("carryOverDecision");
    boolean approved = "approve".equals(decision);
    String reason = (String) task.getVariable("carryOverReason");
    if (!approved && !"refuse".equals(decision)) {
      throw new ActionRefused("audit.error.carryOverDecision");
    }
    if (!approved && (reason == null || reason.isBlank())) {
      throw new ActionRefused("audit.error.carryOverRefusalReason");
    }
    LocalDate due = approved ? futureDate(task.getVariable("carryOverDue")) : null;
    audits.decideCarryOver((Long) task.getVariable("findingId"), actor(task), approved, due, reason);
  }

  private LocalDate futureDate(Object value) {
    LocalDate date = value instanceof Date d ? LocalDate.ofInstant(d.toInstant(), HOSPITAL)
        : value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().trim());
    if (date == null || !date.isAfter(LocalDate.now(clock))) {
      throw new ActionRefused("audit.error.carryOverDue");
    }
    return date;
  }

  /** Who acted: the authenticated user the engine runs for (app, Tasklist, REST), else the task's assignee. */
  private static String actor(DelegateTask task) {
    var login = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return login != null && login.getUserId() != null ? login.getUserId() : task.getAssignee();
  }

  /** Closes the audit; refuses while an action is neither verified nor carried over. */
  public void close(DelegateExecution execution) {
    String caseKey = execution.getProcessBusinessKey();
    audits.close(caseKey);
    Audit audit = audits.byKey(caseKey);
    notifications.toRole("total-manager", StoredText.of("audit.notice.closed"),
        StoredText.of("audit.notice.closed.body", String.valueOf(audit.getAuditYear()), caseKey),
        "/audit.xhtml?key=" + caseKey);
  }
}
