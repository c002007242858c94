package jp.mamori.process;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A caller outside the model tried to write a reserved variable; the engine rolls the command back. A refused request,
 * not a server error (the engine logs a {@link BadUserRequestException} below ERROR).
 */
public class ReservedVariableRefused extends BadUserRequestException {

  private final String variableName;

  public ReservedVariableRefused(String variableName) {
    super("The variable '" + variableName + "' names a person and is set by the engine only; it cannot be written");
    this.variableName = variableName;
  }

  public String variableName() {
    return variableName;
  }
}
