package jp.mamori.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.mamori.ledger.Disposal;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.outsourcing.registry.Contractor;
import jp.mamori.outsourcing.registry.Contractors;
import jp.mamori.process.CaseVariables;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The glue of recordDisposal and recordDisposalScan (第23–24条; Keio 37): the daily scan opens a case for each
 * entry whose retention ended; its information manager disposes of the records by the entry's method with a
 * registered contractor's certificate, or asks to keep them longer, which the supervising manager approves.
 */
@ModelBean
@Component("disposalCase")
public class DisposalCase {

  static final String PROCESS = "recordDisposal";
  static final String DISPOSE_TASK = "Task_Dispose";

  private final Ledger ledger;
  private final Contractors contractors;
  private final Clock clock;

  DisposalCase(Ledger ledger, Contractors contractors, Clock clock) {
    this.ledger = ledger;
    this.contractors = contractors;
    this.clock = clock;
  }

  /** recordDisposalScan: one disposal case per active entry whose retention ended and that has none open. */
  public void scan(DelegateExecution execution) {
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    for (LedgerEntry entry : ledger.expired()) {
      // a case started by another case's glue keeps the key the glue gives it (tasks.DefaultBusinessKey)
      String key = "RD-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
          + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
      runtime.startProcessInstanceByKey(PROCESS, key, Map.of("entryId", entry.getId()));
    }
  }

  /** The case's first step: the entry is marked as in disposal, and the form's read-only fields are set. */
  public void opened(DelegateExecution execution) {
    Long entryId = entryId(execution);
    ledger.disposalStarted(entryId, execution.getProcessBusinessKey());
    LedgerEntry entry = ledger.entry(entryId).orElseThrow();
    execution.setVariable("entryTitle", entry.getTitle());
    execution.setVariable("entryKeeping", Messages.text(Locale.JAPANESE, "disposal.keeping",
        entry.getStoragePlace(), entry.getRetention().label(Locale.JAPANESE), String.valueOf(entry.getRetainUntil())));
    execution.setVariable("disposalMethodLabel",
        Messages.text(Locale.JAPANESE, "ledger.disposal." + entry.getDisposalMethod()));
  }

  /** The task's assignee: the entry's information manager (第5条), a person, as in the audit's self-check. */
  public String informationManagerOf(DelegateExecution execution) {
    return ledger.entry(entryId(execution)).orElseThrow().getInformationManager();
  }

  /** Lists the registered contractors on the form (read-only), so the performer picks one the registry knows. */
  public void prepare(DelegateTask task) {
    task.setVariableLocal("registeredContractors", String.join("\n", contractors.registeredNames()));
  }

  /**
   * 第24条: disposed — by a registered contractor with its certificate number, on a day not in the future, and for
   * electronic media both wiped and destroyed; or a request to extend (years and reason) for the supervising
   * manager. A refusal rolls the completion back and the task stays.
   */
  public void decided(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    String decision = CaseVariables.text(vars, "disposalDecision");
    if ("extend".equals(decision)) {
      Object years = vars.get("extendYears");
      if (!(years instanceof Number n) || n.intValue() < 1 || n.intValue() > 100
          || CaseVariables.text(vars, "extendReason") == null) {
        throw new ActionRefused("disposal.error.extension");
      }
      return;
    }
    if (!"dispose".equals(decision)) {
      throw new ActionRefused("disposal.error.decision");
    }
    Long entryId = (Long) task.getVariable("entryId");
    LedgerEntry entry = ledger.entry(entryId).orElseThrow();
    Contractor contractor = contractors.registered(CaseVariables.text(vars, "contractorName"))
        .orElseThrow(() -> new ActionRefused("disposal.error.contractor"));
    if (entry.getDisposalMethod() == DisposalMethod.WIPE_AND_DESTROY
        && !CaseVariables.list(vars.get("mediaSteps")).containsAll(java.util.List.of("wiped", "destroyed"))) {
      throw new ActionRefused("disposal.error.media");
    }
    LocalDate on = CaseVariables.date(vars, "disposedOn");
    ledger.dispose(entryId, task.getExecution().getProcessBusinessKey(), new Disposal(task.getAssignee(), on,
        contractor.getId(), contractor.getName(), CaseVariables.text(vars, "certificateNo"),
        CaseVariables.text(vars, "disposalNote")));
  }

  /** 第24条: the supervising manager approves the extension (never the one who asked, four-eyes) or refuses it. */
  public void extensionDecided(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    String decision = CaseVariables.text(vars, "extensionDecision");
    if ("approve".equals(decision)) {
      ledger.extend(entryId(task.getExecution()), task.getExecution().getProcessBusinessKey(),
          (String) task.getVariable("completedBy_" + DISPOSE_TASK), task.getAssignee(),
          ((Number) vars.get("extendYears")).intValue(), CaseVariables.text(vars, "extendReason"));
    } else if (!"refuse".equals(decision)) {
      throw new ActionRefused("disposal.error.decision");
    }
  }

  private static Long entryId(DelegateExecution execution) {
    Object value = execution.getVariable("entryId");
    if (value instanceof Number number) {
      return number.longValue();
    }
    throw new ActionRefused("ledger.error.gone");
  }
}
