package jp.mamori.process;

import java.util.Locale;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Case numbers are how staff find a case, on every channel. A case started without one (over REST, from Tasklist,
 * by the Java API) gets one from its procedure, as the app's start page gives it. A person who names one must name a
 * number no other case has (the newer case would otherwise be found under it): one of this procedure's, or another
 * system's own reference, which lets that system find out whether a start whose answer it lost went through (ADR
 * 0068) - but not one that begins like any procedure's numbers, which staff would take for that procedure's case
 * (400). A case another case's glue starts keeps what that glue decides (a contract's periodic check carries the
 * contract's number).
 */
@Component
class DefaultBusinessKey {

  /** What staff can read out and type, and well inside the engine's column. */
  private static final int LONGEST = 64;

  private final BusinessKeys businessKeys;
  private final CaseNumberPrefixes prefixes;

  DefaultBusinessKey(BusinessKeys businessKeys, CaseNumberPrefixes prefixes) {
    this.businessKeys = businessKeys;
    this.prefixes = prefixes;
  }

  @EventListener
  public void starting(DelegateExecution execution) {
    if (!EngineEvents.isExecution(execution, ExecutionListener.EVENTNAME_START) || !CaseStart.isStartOfCase(execution)
        || ModelExecution.isDrivenByAnotherCase(execution.getProcessInstanceId())) {
      return;
    }
    // the model the case runs: no look-up of its definition, no check of the starter's right to read it again
    Process procedure = (Process) execution.getBpmnModelElementInstance().getParentElement();
    String chosen = execution.getProcessBusinessKey();
    if (chosen == null) {
      execution.setProcessBusinessKey(businessKeys.next(procedure));
    } else if (execution.getProcessEngine().getIdentityService().getCurrentAuthentication() != null) {
      String prefix = BusinessKeys.prefixOf(procedure);
      if (!mayBeNamed(chosen, prefix) || inUse(execution, chosen)) {
        throw new BadUserRequestException(Messages.text(RemoteChannel.locale(), "case.error.caseNumber", chosen,
            prefix));
      }
    }
  }

  private boolean mayBeNamed(String chosen, String ownPrefix) {
    if (chosen.isEmpty() || chosen.length() > LONGEST
        || chosen.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return false;
    }
    String number = chosen.toUpperCase(Locale.ROOT);
    return chosen.startsWith(ownPrefix + "-") || prefixes.all().stream().noneMatch(prefix -> beginsWith(number, prefix));
  }

  /** {@code IN-7} and {@code IN7} begin like an incident's number, {@code INV-7} does not. */
  private static boolean beginsWith(String number, String prefix) {
    return number.startsWith(prefix)
        && (number.length() == prefix.length() || !Character.isLetter(number.charAt(prefix.length())));
  }

  /**
   * Running cases and ended ones, including those the person may not see: the history has both (a case's history
   * row is written in the transaction that starts it), so one indexed look-up answers.
   */
  private static boolean inUse(DelegateExecution execution, String caseNumber) {
    String self = execution.getProcessInstanceId();
    return Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngine().getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).listPage(0, 2).stream()
        .anyMatch(other -> !other.getId().equals(self)));
  }
}
