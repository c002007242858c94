package jp.mamori.process;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The person who filed a request tried to decide on it (REQUIREMENTS §1: four-eyes). Rolls the command back; a refused
 * request, not a server error (the engine logs a {@link BadUserRequestException} below ERROR).
 */
public class FourEyesViolation extends BadUserRequestException {

  public FourEyesViolation(String userId, String taskName) {
    super("User " + userId + " filed this request and may not act on task '" + taskName + "'");
  }
}
