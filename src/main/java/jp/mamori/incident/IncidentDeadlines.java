package jp.mamori.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import jp.mamori.process.TaskKeptAsModelled;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.web.ModelBean;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The clock of a leak (issue #13 item 5): the PPC deadlines run from awareness in calendar days
 * ({@link ReportDeadlines}); their reminders and escalations that would fall on a weekend, public holiday or closing
 * day are moved to the last business day before, so a deadline on a holiday is still seen in time; the first steps
 * (report to the corporate officer, containment) are due in hours when the 速報 is due before the next business
 * day. Read by the model as {@code ${incidentDeadlines.firstStepDue(execution)}}.
 */
@ModelBean
@Component("incidentDeadlines")
public class IncidentDeadlines {

  /** The timers of the PPC reports and the variables that date them. */
  static final Map<String, String> PPC_TIMERS = Map.of("Timer_PreliminaryReminder", "preliminaryRemindAt",
      "Timer_PreliminaryEscalation", "preliminaryEscalateAt", "Timer_PreliminaryOverdue", "preliminaryDueAt",
      "Timer_FinalReminder", "finalRemindAt", "Timer_FinalEscalation", "finalEscalateAt",
      "Timer_FinalOverdue", "finalDueAt");
  private static final Map<String, String> PPC_TASKS = Map.of("Task_PpcPreliminary", "preliminaryDueAt",
      "Task_PpcFinal", "finalDueAt");

  private final BusinessCalendar calendar;
  private final IncidentSettings settings;
  private final Clock clock;
  private final ManagementService managementService;
  private final TaskService taskService;

  IncidentDeadlines(BusinessCalendar calendar, IncidentSettings settings, Clock clock,
      ManagementService managementService, TaskService taskService) {
    this.calendar = calendar;
    this.settings = settings;
    this.clock = clock;
    this.managementService = managementService;
    this.taskService = taskService;
  }

  /** A first step's due date: one business day, or {@code first-step-hours} when the 速報 is due before that. */
  public Date firstStepDue(DelegateExecution execution) {
    return firstStep(execution, 1, settings.getFirstStepHours());
  }

  /** A first step's escalation: two business days, or {@code first-step-escalation} in the hours case. */
  public Date firstStepEscalation(DelegateExecution execution) {
    return firstStep(execution, 2, settings.getFirstStepEscalation());
  }

  private Date firstStep(VariableScope scope, int businessDays, Duration hours) {
    Instant business = calendar.dueInBusinessDays(businessDays).toInstant();
    Date preliminary = Boolean.TRUE.equals(scope.getVariable("reportable"))
        ? (Date) scope.getVariable("preliminaryDueAt") : null;
    Instant firstDayDue = calendar.dueInBusinessDays(1).toInstant();
    if (preliminary == null || !preliminary.toInstant().isBefore(firstDayDue)) {
      return Date.from(business);
    }
    Instant inHours = clock.instant().plus(hours);
    return Date.from(inHours.isBefore(preliminary.toInstant()) ? inHours : preliminary.toInstant());
  }

  /**
   * A report's deadline and its reminder and escalation (that long before it, moved to the last business day before
   * when they fall on a day off), as the variables the timers read: {@code <prefix>DueAt/RemindAt/EscalateAt}.
   */
  void dates(VariableScope scope, String prefix, Instant due, Duration remind, Duration escalate) {
    scope.setVariable(prefix + "DueAt", Date.from(due));
    scope.setVariable(prefix + "RemindAt", Date.from(calendar.lastBusinessMomentAtOrBefore(due.minus(remind))));
    scope.setVariable(prefix + "EscalateAt", Date.from(calendar.lastBusinessMomentAtOrBefore(due.minus(escalate))));
  }

  /**
   * The ruling changed a deadline of reports already under way (e.g. a later finding of an unlawful purpose: 60
   * days instead of 30): the running timers and tasks follow the variables.
   */
  void reschedule(String processInstanceId, VariableScope scope) {
    PPC_TIMERS.forEach((timer, variable) -> managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(timer).list()
        .forEach(job -> managementService.setJobDuedate(job.getId(), (Date) scope.getVariable(variable))));
    PPC_TASKS.forEach((task, variable) -> taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(task).list().forEach(t -> {
          t.setDueDate((Date) scope.getVariable(variable));
          TaskKeptAsModelled.byTheModel(() -> taskService.saveTask(t));
        }));
  }
}
