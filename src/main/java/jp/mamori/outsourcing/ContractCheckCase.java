package jp.mamori.outsourcing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.mamori.web.ModelBean;
import jp.mamori.outsourcing.registry.CheckSchedule;
import jp.mamori.outsourcing.registry.Contract;
import jp.mamori.outsourcing.registry.ContractCheck;
import jp.mamori.outsourcing.registry.Contractors;
import jp.mamori.process.CaseVariables;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The glue of outsourcingPeriodicCheck (第25条3): schedules each check on the business calendar, records its
 * result in the check history, and on a breach starts outsourcingBreach (第25条4).
 */
@ModelBean
@Component("contractCheckCase")
public class ContractCheckCase {

  static final String BREACH_FOUND = "outsourcingBreachFound";
  static final String CONTRACT_ENDED = "outsourcingContractEnded";

  private final Contractors contractors;
  private final RuntimeService runtimeService;
  private final Clock clock;

  ContractCheckCase(Contractors contractors, @Lazy RuntimeService runtimeService, Clock clock) {
    this.contractors = contractors;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Sets {@code checkOpensAt}, {@code checkDueAt}, {@code checkEscalateAt}, or {@code contractInForce=false}. */
  public void schedule(DelegateExecution execution) {
    String contractKey = execution.getProcessBusinessKey();
    Contract contract = contractors.ofCase(contractKey);
    boolean expired = "none".equals(contract.getRenewal()) && contract.getTermEnd() != null
        && contract.getTermEnd().isBefore(LocalDate.now(clock));
    if (!contract.getStatus().inForce() || expired) {
      execution.setVariable("contractInForce", false);
      return;
    }
    CheckSchedule schedule = contractors.scheduleNextCheck(contractKey);
    execution.setVariable("contractInForce", true);
    execution.setVariable("checkOpensAt", schedule.opensAt());
    execution.setVariable("checkDueAt", schedule.dueAt());
    execution.setVariable("checkEscalateAt", schedule.escalateAt());
    execution.setVariable("checkDueOn", contractors.ofCase(contractKey).getNextCheckDue().toString());
  }

  public void checked(DelegateTask task) {
    Object decision = task.getVariable("checkDecision");
    if (!"conforming".equals(decision) && !"breach".equals(decision)) {
      throw new ActionRefused("outsourcing.error.decision");
    }
    contractors.recordCheck(task.getExecution().getProcessBusinessKey(), ContractCheck.PERIODIC,
        task.getAssignee(), "breach".equals(task.getVariable("checkDecision")) ? "BREACH" : "CONFORMING",
        CaseVariables.text(task.getVariables(), "checkReason"), task.getExecution().getProcessBusinessKey());
  }

  /** 第25条4: the information managers are asked to report the breach found, in its own case. */
  public void breachFound(DelegateExecution execution) {
    String key = "OB-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
        + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    runtimeService.createMessageCorrelation(BREACH_FOUND).processInstanceBusinessKey(key)
        .setVariables(Map.of(
            "contractKey", execution.getProcessBusinessKey(),
            "contractorName", String.valueOf(execution.getVariable("contractorName")),
            "checkReason", String.valueOf(execution.getVariable("checkReason"))))
        .correlateStartMessage();
  }
}
