package jp.mamori.modeling;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.process.ReservedVariables;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * A process owner's model calls what a decision guards only behind that decision (ADR 0065): wherever it calls code
 * that the shipped procedures call only after a step of the regulation's role with its four-eyes rule, the call
 * must come after a step offered to the same people and excluding at least the same. Taking the step out, giving
 * it to another role, dropping its four-eyes property or opening a path around it (a gateway, a timer on the step,
 * an event sub-process, a copy of the procedure under another id) each leave a call without its step. And a step
 * that excludes the requester needs the start to record the requester.
 */
record DecisionStepsKept(String resource, DecisionSteps decisions, List<GateProblem> problems) {

  void check(ModelFlows flows) {
    Map<String, DecisionSteps.Guard> guarded = decisions.guarded();
    Set<Process> excludingTheRequester = new HashSet<>();
    flows.calls().forEach(call -> {
      DecisionSteps.Guard guard = guarded.get(call.call());
      if (guard == null) {
        return;
      }
      guard.steps().stream()
          .filter(step -> call.after().stream().noneMatch(step::heldBy))
          .forEach(step -> problems.add(new GateProblem(resource, call.elementId(), GateRule.DECISION_BYPASSED,
              call.call(), guard.shippedAt().get(step), step.people(), step.exclusions())));
      if (call.process() != null
          && guard.steps().stream().anyMatch(step -> step.fourEyes().contains(ReservedVariables.INITIATOR))) {
        excludingTheRequester.add(call.process());
      }
    });
    excludingTheRequester.forEach(this::requesterRecorded);
  }

  /**
   * A step that excludes the requester excludes nobody unless the start records who started the case: each start a
   * person can use (a start event without a trigger, at the top of the process) names {@code initiator}.
   */
  private void requesterRecorded(Process process) {
    process.getChildElementsByType(StartEvent.class).stream()
        .filter(start -> start.getEventDefinitions().isEmpty())
        .filter(start -> !ReservedVariables.INITIATOR.equals(start.getCamundaInitiator()))
        .forEach(start -> problems.add(new GateProblem(resource, start.getId(), GateRule.REQUESTER_NOT_RECORDED)));
  }
}
