package jp.mamori.modeling;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The engine refused a deployment because the gate found problems (ADR 0006); nothing was deployed. A bad request
 * of the caller, not a failure of the server: the engine logs it quietly, and Camunda's REST API (including the one
 * behind Cockpit) answers 400 with this type's simple name, which is the {@code type} the Modeler's clients know.
 */
public class DeploymentGateException extends BadUserRequestException {

  private final transient List<GateProblem> problems;

  public DeploymentGateException(List<GateProblem> problems) {
    super(GateRefusal.message(problems, Locale.JAPANESE) + "\n\n" + GateRefusal.message(problems, Locale.ENGLISH));
    this.problems = List.copyOf(problems);
  }

  public List<GateProblem> problems() {
    return problems;
  }
}
