package jp.mamori.security;

import java.lang.reflect.Field;
import java.util.Optional;
import jp.mamori.process.CommandFields;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The authorization a command saves when it gives a right: a grant, or a global authorization (which grants to
 * everybody) — the rules on hand-made grants (ADR 0064, ADR 0066) look at nothing else. Revokes are refused on their
 * own (ADR 0036). The authorization is a protected field of the engine's command, read by reflection.
 */
final class SavedGrant {

  private static final Field SAVED = CommandFields.of(SaveAuthorizationCmd.class, "authorization");

  private SavedGrant() {}

  static Optional<AuthorizationEntity> of(Command<?> command) {
    if (!(command instanceof SaveAuthorizationCmd save)
        || !(CommandFields.read(SAVED, save) instanceof AuthorizationEntity saved)
        || saved.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
      return Optional.empty();
    }
    return Optional.of(saved);
  }
}
