package jp.mamori.outsourcing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.mamori.web.Messages;
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

  /**
   * 第25条3: the check records each item checked, its result and its evidence. "Conforming" needs at least one item
   * checked and none found nonconforming; every item checked needs its evidence. Refused on every channel (the
   * task's complete listener), not only by the form.
   */
  public void checked(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    Object decision = vars.get("checkDecision");
    if (!"conforming".equals(decision) && !"breach".equals(decision)) {
      throw new ActionRefused("outsourcing.error.decision");
    }
    StringBuilder items = new StringBuilder();
    boolean nonconforming = false;
    for (Map.Entry<String, String> item : CHECK_ITEMS.entrySet()) {
      String result = CaseVariables.text(vars, "item" + item.getKey());
      if (result == null) {
        continue;
      }
      if (!"conforming".equals(result) && !"nonconforming".equals(result)) {
        throw new ActionRefused("outsourcing.error.decision");
      }
      String evidence = CaseVariables.text(vars, "evidence" + item.getKey());
      if (evidence == null) {
        throw new ActionRefused("outsourcing.error.checkEvidence", item.getValue());
      }
      nonconforming |= "nonconforming".equals(result);
      items.append(items.isEmpty() ? "" : "\n").append(item.getValue()).append(": ")
          .append(Messages.notice("outsourcing.check." + result)).append(" — ").append(evidence);
    }
    if ("conforming".equals(decision) && items.isEmpty()) {
      throw new ActionRefused("outsourcing.error.nothingChecked");
    }
    if ("conforming".equals(decision) && nonconforming) {
      throw new ActionRefused("outsourcing.error.conformingWithNonconformity");
    }
    contractors.recordCheck(task.getExecution().getProcessBusinessKey(), ContractCheck.PERIODIC,
        task.getAssignee(), "breach".equals(decision) ? "BREACH" : "CONFORMING",
        CaseVariables.text(vars, "checkReason"), task.getExecution().getProcessBusinessKey(),
        items.isEmpty() ? null : items.toString());
  }

  /** The items of 第25条2(2) and 第20条3 a periodic check looks at: form key suffix → label kept with the record. */
  static final Map<String, String> CHECK_ITEMS = checkItems();

  private static Map<String, String> checkItems() {
    Map<String, String> items = new java.util.LinkedHashMap<>();
    for (String item : List.of("Pledges", "Custody", "Reports", "Audit", "NoReoutsourcing")) {
      items.put(item, Messages.notice("outsourcing.checkItem." + item));
    }
    return java.util.Collections.unmodifiableMap(items);
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
