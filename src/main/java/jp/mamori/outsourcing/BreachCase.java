package jp.mamori.outsourcing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.mamori.web.ModelBean;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.outsourcing.registry.Breach;
import jp.mamori.outsourcing.registry.Contract;
import jp.mamori.outsourcing.registry.Contractors;
import jp.mamori.outsourcing.registry.OutsourcingSettings;
import jp.mamori.process.CaseVariables;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The glue of outsourcingBreach (第25条4; Keio 21-3(2)): the report, the measure decided by the information
 * manager in consultation with the supervising manager (whose agreement is recorded), its effect on the contract, the contractor's explanation and the follow-up check.
 */
@ModelBean
@Component("breachCase")
public class BreachCase {

  private static final List<String> MEASURES = List.of("improvement", "suspension", "termination");

  private final Contractors contractors;
  private final OutsourcingSettings settings;
  private final BusinessCalendar calendar;
  private final Notifications notifications;
  private final RuntimeService runtimeService;
  private final Clock clock;

  BreachCase(Contractors contractors, OutsourcingSettings settings, BusinessCalendar calendar,
      Notifications notifications, @Lazy RuntimeService runtimeService, Clock clock) {
    this.contractors = contractors;
    this.settings = settings;
    this.calendar = calendar;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * Registers the report. The reporter is the case's initiator, or whoever reported the breach a periodic check
   * found; as the information manager responsible they may decide the measures, which the supervising manager
   * must agree to (第25条4).
   */
  public void registered(DelegateExecution execution) {
    Map<String, Object> vars = execution.getVariables();
    String reportedBy = vars.get("initiator") != null ? (String) vars.get("initiator")
        : (String) vars.get("completedBy");
    String contractKey = CaseVariables.text(vars, "contractKey");
    Breach breach = contractors.reportBreach(execution.getProcessBusinessKey(), contractKey,
        CaseVariables.date(vars, "foundOn"), CaseVariables.text(vars, "breachDescription"), reportedBy);
    Contract contract = contractors.ofCase(contractKey);
    execution.setVariable("reportedBy", reportedBy);
    execution.setVariable("contractorName", contractors.contractorOf(contract).getName());
    notifications.toRole("supervising-manager",
        StoredText.of("outsourcing.notice.breach", contractors.contractorOf(contract).getName()),
        StoredText.of("outsourcing.notice.breach.body", breach.getCaseKey()), null);
  }

  /**
   * 第25条4: the information manager responsible decides the measure and when to follow it up (09:00 of the chosen
   * day, or the configured business days ahead); it takes effect once the supervising manager agrees
   * ({@link #agreed}). A day in the past or an unknown measure is refused with a message, so the decision is never
   * silently changed. The one who found the breach may be that manager.
   */
  public void decided(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    Object measure = vars.get("measureDecision");
    if (!MEASURES.contains(measure)) {
      throw new ActionRefused("outsourcing.error.decision");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate followUpOn = CaseVariables.date(vars, "followUpOn");
    if (followUpOn == null) {
      followUpOn = calendar.addBusinessDays(today, settings.getFollowUpDays());
    } else if (followUpOn.isBefore(today)) {
      throw new ActionRefused("outsourcing.error.followUpPast", followUpOn.toString());
    }
    task.setVariable("followUpAt",
        Date.from(followUpOn.atTime(LocalTime.of(9, 0)).atZone(calendar.settings().zone()).toInstant()));
  }

  /**
   * 第25条4 (協議): the supervising manager agrees to the information manager's measure — then it takes effect and
   * the agreement is recorded with the breach — or does not agree, with the reason, and the manager decides again.
   */
  public void agreed(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    Object agreement = vars.get("agreementDecision");
    String notes = CaseVariables.text(vars, "agreementNotes");
    if (!"agree".equals(agreement) && !"disagree".equals(agreement)) {
      throw new ActionRefused("outsourcing.error.decision");
    }
    if (notes == null) {
      throw new ActionRefused("outsourcing.error.agreementNotes");
    }
    if ("disagree".equals(agreement)) {
      return;
    }
    LocalDate followUpOn = LocalDate.ofInstant(((Date) vars.get("followUpAt")).toInstant(),
        calendar.settings().zone());
    contractors.decideMeasure(task.getExecution().getProcessBusinessKey(),
        CaseVariables.text(vars, "consultationNotes"), (String) vars.get("measureDecision"),
        CaseVariables.text(vars, "measureReason"), (String) vars.get(DECIDED_BY), followUpOn, task.getAssignee(),
        notes);
  }

  /** Set by the engine ({@code CompletedByRecorder}): who completed the decision of the measures. */
  private static final String DECIDED_BY = "completedBy_Task_DecideMeasures";

  /** Termination ends the contract's periodic checks; the total manager and the reporter learn of every measure. */
  public void measuresTaken(DelegateExecution execution) {
    Breach breach = contractors.breach(execution.getProcessBusinessKey());
    Contract contract = contractors.ofCase(CaseVariables.text(execution.getVariables(), "contractKey"));
    if ("termination".equals(breach.getMeasure())) {
      runtimeService.createMessageCorrelation(ContractCheckCase.CONTRACT_ENDED)
          .processInstanceBusinessKey(contract.getCaseKey()).correlateAll();
    }
    StoredText title = StoredText.of("outsourcing.notice.measure", execution.getVariable("contractorName"));
    StoredText body = StoredText.of("outsourcing.notice.measure.body", breach.getCaseKey(), breach.getMeasure(),
        breach.getMeasureReason());
    notifications.toRole("total-manager", title, body, "/contractor.xhtml?id=" + contract.getContractorId());
    notifications.toUsers(List.of(breach.getReportedBy()), title, body, null);
  }

  public void explained(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    contractors.explained(task.getExecution().getProcessBusinessKey(),
        Messages.notice("outsourcing.explanation", CaseVariables.text(vars, "contractorExplanation"),
            CaseVariables.text(vars, "improvementPlan")));
  }

  public void followedUp(DelegateTask task) {
    Object decision = task.getVariable("followUpDecision");
    if (!"resolved".equals(decision) && !"unresolved".equals(decision)) {
      throw new ActionRefused("outsourcing.error.decision");
    }
    contractors.followedUp(task.getExecution().getProcessBusinessKey(),
        "resolved".equals(task.getVariable("followUpDecision")), task.getAssignee(),
        CaseVariables.text(task.getVariables(), "followUpReason"));
  }
}
