package jp.mamori.process;

import java.util.Set;

/**
 * Variables that name a person or a decision's author (DESIGN "trust boundary"): who filed the case
 * ({@code initiator}, set by the engine from the login through {@code camunda:initiator}), who completed the
 * latest task ({@code completedBy}) and each task ({@code completedBy_<task id>}, {@link CompletedByRecorder}) and
 * who reported a breach ({@code reportedBy}).
 * Four-eyes and "reported by" rely on them, so only the engine and the models' glue may write them.
 */
public final class ReservedVariables {

  public static final String INITIATOR = "initiator";

  private static final Set<String> NAMES = Set.of(INITIATOR, CompletedByRecorder.VARIABLE, "reportedBy");

  private ReservedVariables() {}

  public static boolean isReserved(String variableName) {
    return NAMES.contains(variableName) || variableName.startsWith(CompletedByRecorder.PER_TASK_PREFIX);
  }
}
