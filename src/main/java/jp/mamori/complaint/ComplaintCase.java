package jp.mamori.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.process.CaseVariables;
import jp.mamori.security.CaseReaders;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.StoredText;
import jp.mamori.web.ModelBean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The glue of processes/complaint.bpmn (第10条): the answer's target date on the business calendar, the
 * investigator's role, the link to another case by its case number (checked to exist, never imported), and the
 * closing record in the audit trail.
 *
 * <p>Need to know (第10条; Keio 35: the complaint office handles complaints): the complainant's name, contact and
 * complaint are personal data; the model says {@code needToKnow=true}, so no role reads them by procedure and every
 * view is access-logged. The case is read by the people who handle it: the desk clerk who registered it, the
 * supervising manager who assigned it, the investigator and the clerk who answered ({@link CaseReaders}, granted as
 * each acts), and the candidates of an open task through that task.
 */
@ModelBean
@Component("complaintCase")
public class ComplaintCase {

  /** The roles that may investigate a complaint (第4条2: the supervising manager, 第5条: an information manager). */
  static final Set<String> INVESTIGATORS = Set.of("supervising-manager", "information-manager");

  private final ComplaintSettings settings;
  private final BusinessCalendar calendar;
  private final HistoryService historyService;
  private final Notifications notifications;
  private final AuditTrail trail;
  private final Clock clock;
  private final CaseReaders readers;

  ComplaintCase(ComplaintSettings settings, BusinessCalendar calendar, @Lazy HistoryService historyService,
      Notifications notifications, AuditTrail trail, Clock clock, CaseReaders readers) {
    this.clock = clock;
    this.readers = readers;
    this.settings = settings;
    this.calendar = calendar;
    this.historyService = historyService;
    this.notifications = notifications;
    this.trail = trail;
  }

  /** 第10条: the target date of the answer counts from the receipt; the supervising manager is told. */
  public void registered(DelegateExecution execution) {
    checkLink(execution.getVariable("linkedCase"), execution.getProcessBusinessKey());
    LocalDate received = CaseVariables.date(execution.getVariables(), "receivedOn");
    if (received == null || received.isAfter(today())) {
      throw new ActionRefused("complaint.error.receivedOn");
    }
    Date due = calendar.dueInBusinessDays(settings.getReviewDays());
    execution.setVariable("answerDueAt", due);
    execution.setVariable("answerEscalateAt", calendar.dueInBusinessDays(settings.getEscalateAfterDays()));
    execution.setVariable("answerDueOn", LocalDate.ofInstant(due.toInstant(), calendar.settings().zone()).toString());
    notifications.toRole("supervising-manager",
        StoredText.of("complaint.notice.registered", execution.getProcessBusinessKey()),
        StoredText.of("complaint.notice.registeredBody", execution.getVariable("answerDueOn")),
        null);
    readers.grant(execution.getProcessInstanceId(), List.of(String.valueOf(execution.getVariable("initiator"))));
  }

  public void assigned(DelegateTask task) {
    if (!INVESTIGATORS.contains(String.valueOf(task.getVariable("investigatorGroup")))) {
      throw new ActionRefused("complaint.error.investigator");
    }
    readers.grantPerformer(task);
  }

  /** The role the supervising manager chose; only the two roles of {@link #INVESTIGATORS}. */
  public String investigators(DelegateExecution execution) {
    String group = String.valueOf(execution.getVariable("investigatorGroup"));
    return INVESTIGATORS.contains(group) ? group : "supervising-manager";
  }

  public void investigated(DelegateTask task) {
    checkLink(task.getVariable("linkedCase"), task.getExecution().getProcessBusinessKey());
    readers.grantPerformer(task);
  }

  public void answered(DelegateTask task) {
    LocalDate answered = CaseVariables.date(task.getVariables(), "answeredOn");
    LocalDate received = CaseVariables.date(task.getVariables(), "receivedOn");
    if (answered == null || answered.isAfter(today()) || (received != null && answered.isBefore(received))) {
      throw new ActionRefused("complaint.error.answeredOn");
    }
    readers.grantPerformer(task);
  }

  /** Closes with the answer: the trail keeps the answer, its date, and whether it met the target. */
  public void closed(DelegateExecution execution) {
    var variables = execution.getVariables();
    LocalDate answered = CaseVariables.date(variables, "answeredOn");
    LocalDate due = LocalDate.parse(CaseVariables.text(variables, "answerDueOn"));
    boolean onTime = !answered.isAfter(due);
    execution.setVariable("answeredOnTime", onTime);
    String link = CaseVariables.text(variables, "linkedCase");
    trail.record(String.valueOf(execution.getVariable("completedBy")), "COMPLAINT_CLOSED",
        new CaseRef(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), null),
        CaseVariables.text(variables, "topic"), CaseVariables.text(variables, "answerText"),
        "answeredOn=" + answered + ",due=" + due + ",onTime=" + onTime + (link == null ? "" : ",linkedCase=" + link));
    notifications.toRole("supervising-manager",
        StoredText.of("complaint.notice.closed", execution.getProcessBusinessKey()),
        StoredText.of(onTime ? "complaint.notice.closedOnTime" : "complaint.notice.closedLate",
            answered.toString(), due.toString()), null);
    String initiator = String.valueOf(execution.getVariable("initiator"));
    notifications.toUsers(List.of(initiator),
        StoredText.of("complaint.notice.closed", execution.getProcessBusinessKey()),
        StoredText.of(onTime ? "complaint.notice.closedOnTime" : "complaint.notice.closedLate",
            answered.toString(), due.toString()), null);
  }

  /** A link names an existing case of another procedure by its case number, never this complaint itself. */
  private void checkLink(Object value, String ownKey) {
    String key = CaseVariables.text(value);
    if (key == null) {
      return;
    }
    // the desk need not be allowed to read the linked case (need to know): only its existence is checked
    long found = Context.getCommandContext().runWithoutAuthorization(
        () -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count());
    if (key.equals(ownKey) || found == 0) {
      throw new ActionRefused("complaint.error.unknownCase", key);
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), calendar.settings().zone());
  }
}
