package jp.mamori.security.identity;

import java.util.List;
import java.util.Objects;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user tables, with one rule more (issue #12 item 5): a person's name and e-mail are changed by a
 * system administrator only — Camunda lets every user edit their own profile, over /engine-rest and in the webapps.
 * Every change is written to the audit trail (who, when, old → new). The application itself (no engine
 * authentication: start-up, the demo organization) may change them too, and is recorded as well.
 */
final class ProfileGuardingIdentityProvider extends DbIdentityServiceProvider {

  private final ProfileTrail trail;

  ProfileGuardingIdentityProvider(ProfileTrail trail) {
    this.trail = trail;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    if (((UserEntity) user).getRevision() == 0) {
      return super.saveUser(user);
    }
    UserEntity stored = getDbEntityManager().selectById(UserEntity.class, user.getId());
    if (stored == null || stored == user || sameProfile(stored, user)) {
      return super.saveUser(user);
    }
    CommandContext command = Context.getCommandContext();
    String actor = command.getAuthenticatedUserId();
    String before = ProfileTrail.profile(stored);
    String after = ProfileTrail.profile(user);
    if (actor != null && !isSystemAdmin(command.getAuthenticatedGroupIds())) {
      trail.refused(actor, user.getId(), before, after);
      throw new AuthorizationException("Only a system administrator may change the name or e-mail of user '"
          + user.getId() + "' (names come from the directory or the administrator)");
    }
    IdentityOperationResult result = super.saveUser(user);
    trail.changed(actor, user.getId(), before, after);
    return result;
  }

  private static boolean isSystemAdmin(List<String> groupIds) {
    return groupIds != null && groupIds.contains(Role.SYSTEM_ADMIN.groupId());
  }

  private static boolean sameProfile(User a, User b) {
    return Objects.equals(a.getFirstName(), b.getFirstName()) && Objects.equals(a.getLastName(), b.getLastName())
        && Objects.equals(a.getEmail(), b.getEmail());
  }
}
