package jp.mamori.modeling;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.process.FourEyesRule;
import jp.mamori.process.ModelProperties;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A step where the regulation's role decides: a user task that says who may not decide (its four-eyes properties,
 * {@link FourEyesRule}: the variables naming the excluded people, and the earlier tasks whose performers are
 * excluded). What makes it the step it is: the people it is offered to and the people it excludes.
 */
record DecisionStep(Set<String> groups, String users, String assignee, Set<String> fourEyes,
    Set<String> fourEyesTasks) {

  /** The task as a decision step; empty when it excludes nobody. */
  static Optional<DecisionStep> of(UserTask task) {
    DecisionStep step = new DecisionStep(listed(task.getCamundaCandidateGroups()),
        text(task.getCamundaCandidateUsers()), text(task.getCamundaAssignee()),
        property(task, FourEyesRule.PROPERTY), property(task, FourEyesRule.TASKS_PROPERTY));
    return step.fourEyes.isEmpty() && step.fourEyesTasks.isEmpty() ? Optional.empty() : Optional.of(step);
  }

  /**
   * Whether {@code task} is this step: offered to the same people, excluding at least the same, and one decision —
   * a multi-instance task of no instances (a cardinality of 0, an empty collection) completes with nobody deciding.
   */
  boolean heldBy(UserTask task) {
    return task.getLoopCharacteristics() == null && groups.equals(listed(task.getCamundaCandidateGroups()))
        && users.equals(text(task.getCamundaCandidateUsers())) && assignee.equals(text(task.getCamundaAssignee()))
        && property(task, FourEyesRule.PROPERTY).containsAll(fourEyes)
        && property(task, FourEyesRule.TASKS_PROPERTY).containsAll(fourEyesTasks);
  }

  /** The roles as the Modeler shows them. */
  String people() {
    return String.join(",", groups.stream().sorted().toList()) + (users.isEmpty() ? "" : " " + users)
        + (assignee.isEmpty() ? "" : " " + assignee);
  }

  /** The exclusions as the Modeler's properties say them. */
  String exclusions() {
    String tasks = fourEyesTasks.isEmpty() ? "" : ", " + FourEyesRule.TASKS_PROPERTY + "=" + sorted(fourEyesTasks);
    return FourEyesRule.PROPERTY + "=" + sorted(fourEyes) + tasks;
  }

  private static String sorted(Set<String> values) {
    return String.join(",", values.stream().sorted().toList());
  }

  private static Set<String> property(UserTask task, String name) {
    return ModelProperties.values(task, name).stream().flatMap(v -> listed(v).stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> listed(String list) {
    return list == null ? Set.of()
        : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
