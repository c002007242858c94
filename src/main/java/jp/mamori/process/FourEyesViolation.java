package jp.mamori.process;

import org.camunda.bpm.engine.ProcessEngineException;

/** The person who filed a request tried to decide on it (REQUIREMENTS §1: four-eyes). Rolls the command back. */
public class FourEyesViolation extends ProcessEngineException {

  public FourEyesViolation(String userId, String taskName) {
    super("User " + userId + " filed this request and may not act on task '" + taskName + "'");
  }
}
