package jp.mamori.modeling;

import java.util.List;
import java.util.Map;

/**
 * A process owner's model calls what a decision guards only behind that decision (ADR 0065): wherever it calls code
 * that the shipped procedures call only after a step of the regulation's role with its four-eyes rule, the call
 * must come after a step offered to the same people and excluding at least the same. Taking the step out, giving
 * it to another role, dropping its four-eyes property or opening a path around it (a gateway, a timer on the step,
 * an event sub-process, a copy of the procedure under another id) each leave a call without its step.
 */
record DecisionStepsKept(String resource, DecisionSteps decisions, List<GateProblem> problems) {

  void check(ModelFlows flows) {
    Map<String, DecisionSteps.Guard> guarded = decisions.guarded();
    flows.calls().forEach(call -> {
      DecisionSteps.Guard guard = guarded.get(call.call());
      if (guard == null) {
        return;
      }
      guard.steps().stream()
          .filter(step -> call.after().stream().noneMatch(step::heldBy))
          .forEach(step -> problems.add(new GateProblem(resource, call.elementId(), GateRule.DECISION_BYPASSED,
              call.call(), guard.shippedAt().get(step), step.people(), String.join(",", step.excluded().stream().sorted().toList()))));
    });
  }
}
