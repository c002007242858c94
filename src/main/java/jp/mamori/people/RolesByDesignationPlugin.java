package jp.mamori.people;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.process.PersonsCommandRule;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Who holds a role is decided as the regulation says (ADR 0067), on every channel — Camunda Admin, REST, the Java
 * API. The roles the regulation has designated (第4–7条: the supervising manager, the information managers, the
 * handlers, the committee's members) are given and taken back only by a designation on the designations page, which
 * records who decided, from when and why ({@link Designations}, run by the application, not as a person's engine
 * command). And nobody changes their own memberships: the system administrator added herself to the director's group
 * and could approve what the director approves. The director's own role (第3条: the hospital director by office) and
 * the application's roles (process owner, executive, administrator, ...) stay the administrator's to give to others.
 */
@Component
class RolesByDesignationPlugin extends AbstractProcessEnginePlugin {

  static final String BY_DESIGNATION = "people.error.byDesignationOnly";
  static final String OWN_ROLES = "people.error.ownRoles";

  private static final Set<String> DESIGNATED = Arrays.stream(DesignationKind.values())
      .map(kind -> kind.role().groupId()).collect(Collectors.toUnmodifiableSet());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PersonsCommandRule.install(configuration, new MembershipCheck(configuration));
  }

  private static final class MembershipCheck extends PersonsCommandRule {

    MembershipCheck(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected <T> T asked(Authentication person, Command<T> command) {
      if (command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd) {
        String userId = (String) field(command, "userId");
        String groupId = (String) field(command, "groupId");
        if (DESIGNATED.contains(groupId)) {
          throw new ActionRefused(BY_DESIGNATION);
        }
        if (person.getUserId().equals(userId)) {
          throw new ActionRefused(OWN_ROLES);
        }
      }
      return next.execute(command);
    }
  }
}
