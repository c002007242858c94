package jp.mamori.tasks.form;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A start or completion whose values break the form's rules (required, options, lengths, patterns,
 * {@code requiredWhen}); the engine rolls the command back. The message names the first field. A caller's mistake, not
 * the server's: the engine logs it as such (a {@link BadUserRequestException}), never as an error.
 */
public class FormRefused extends BadUserRequestException {

  private final transient List<FieldError> errors;

  public FormRefused(List<FieldError> errors) {
    super(errors.get(0).message() + " (" + errors.get(0).fieldKey() + ")");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
