package jp.mamori.process;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The matched rule of the decision table a business rule task has just evaluated, read in the task's end listener.
 * The engine hands it over as the transient variable {@code decisionResult}; the models set no result variable, so
 * the result is never stored as a serialized map only to be taken apart and removed (ADR 0043): the glue keeps the
 * plain values it needs.
 */
public final class DecisionOutcome {

  static final String VARIABLE = "decisionResult";

  private DecisionOutcome() {}

  /** The single matched rule's outputs by output name. */
  public static Map<String, Object> of(DelegateExecution execution) {
    if (!(execution.getVariable(VARIABLE) instanceof DmnDecisionResult result)) {
      throw new IllegalStateException(execution.getCurrentActivityId() + " is not a business rule task that has"
          + " just evaluated a decision table");
    }
    DmnDecisionResultEntries matched = result.getSingleResult();
    if (matched == null) {
      throw new IllegalStateException("no rule of the decision table at " + execution.getCurrentActivityId()
          + " matched");
    }
    return matched.getEntryMap();
  }
}
