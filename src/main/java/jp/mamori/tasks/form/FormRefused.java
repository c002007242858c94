package jp.mamori.tasks.form;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A start or completion whose values break the form's rules (required, options, lengths, patterns,
 * {@code requiredWhen}); the engine rolls the command back. The message names the first field.
 */
public class FormRefused extends ProcessEngineException {

  private final transient List<FieldError> errors;

  public FormRefused(List<FieldError> errors) {
    super(errors.get(0).message() + " (" + errors.get(0).fieldKey() + ")");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
