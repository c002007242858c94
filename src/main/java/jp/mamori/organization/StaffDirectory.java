package jp.mamori.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.mamori.web.BidiControls;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.springframework.stereotype.Service;

/** Who is who: users and roles from the engine's identity service, deputies from the app's tables. */
@Service
public class StaffDirectory {

  private final IdentityService identityService;
  private final DeputyRepository deputies;
  private final Clock clock;

  public StaffDirectory(IdentityService identityService, DeputyRepository deputies, Clock clock) {
    this.identityService = identityService;
    this.deputies = deputies;
    this.clock = clock;
  }

  /**
   * A member and their roles, for the system's own use (a login, a notice's e-mail address, a check that a person
   * exists): read without the engine's authorization checks, like {@link #memberIdsOf}. The mail of a notice is sent
   * as the action that caused it commits, while the engine still knows its user, who may not read the recipient.
   */
  public Optional<StaffMember> find(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return asSystem(() -> Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult())
        .map(u -> toMember(u, groupIdsOf(u.getId()))));
  }

  /** The name people read; falls back to the id for users that have been removed since. */
  public String displayName(String userId) {
    if (userId == null) {
      return "";
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : fullName(user);
  }

  public List<String> groupIdsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  public boolean isMember(String userId, String groupId) {
    return identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
  }

  /** Everyone in the directory, by family name: for a person picker. */
  public List<StaffMember> everyone() {
    return identityService.createUserQuery().orderByUserLastName().asc().list().stream()
        .map(u -> toMember(u, groupIdsOf(u.getId())))
        .toList();
  }

  public List<StaffMember> membersOf(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list().stream()
        .map(u -> toMember(u, groupIdsOf(u.getId())))
        .toList();
  }

  /** The names of everyone holding the role, by family name: one query (membersOf also reads each member's roles). */
  public List<String> memberNamesOf(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list().stream()
        .map(StaffDirectory::fullName)
        .toList();
  }

  /**
   * The ids of everyone holding the role: one query (membersOf also reads each member's roles). Read without the
   * engine's authorization checks: it is the system telling a role's holders (a notice to the role), and the user
   * whose action caused it — a nurse filing a case, in the app or over REST — may read no user but herself; with the
   * checks the list came back empty and the notice reached nobody.
   */
  public List<String> memberIdsOf(String groupId) {
    return asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list()
        .stream()
        .map(User::getId)
        .toList());
  }

  /** The deputy who acts for {@code userId} today, if one is appointed. */
  public Optional<String> deputyOf(String userId) {
    LocalDate today = LocalDate.now(clock);
    return deputies.findByPrincipalUserId(userId).stream()
        .filter(d -> d.isValidOn(today))
        .map(Deputy::getDeputyUserId)
        .findFirst();
  }

  private <T> T asSystem(Supplier<T> lookup) {
    return ((ServiceImpl) identityService).getCommandExecutor()
        .execute(command -> command.runWithoutAuthorization(lookup::get));
  }

  private static StaffMember toMember(User user, List<String> groupIds) {
    return new StaffMember(user.getId(), fullName(user), user.getEmail(), groupIds);
  }

  private static String fullName(User user) {
    String last = user.getLastName() == null ? "" : user.getLastName();
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    // a name is shown everywhere, to everyone: no control may make it read otherwise than it is written
    String name = BidiControls.strip(last + " " + first).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
