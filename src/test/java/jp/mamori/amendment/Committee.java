package jp.mamori.amendment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Makes the privacy committee (第7条) exactly the given users for one test, since tests share one database and other
 * tests add members of their own; {@link #restore()} gives the others their membership back.
 */
public final class Committee implements AutoCloseable {

  private final IdentityService identityService;
  private final List<String> removed = new ArrayList<>();
  private final List<String> added = new ArrayList<>();

  private Committee(IdentityService identityService) {
    this.identityService = identityService;
  }

  public static Committee exactly(IdentityService identityService, String... members) {
    Committee committee = new Committee(identityService);
    List<String> wanted = List.of(members);
    for (User user : identityService.createUserQuery().memberOfGroup("committee").list()) {
      if (!wanted.contains(user.getId())) {
        identityService.deleteMembership(user.getId(), "committee");
        committee.removed.add(user.getId());
      }
    }
    for (String member : wanted) {
      if (identityService.createUserQuery().userId(member).memberOfGroup("committee").count() == 0) {
        identityService.createMembership(member, "committee");
        committee.added.add(member);
      }
    }
    return committee;
  }

  public void restore() {
    added.forEach(m -> identityService.deleteMembership(m, "committee"));
    removed.forEach(m -> identityService.createMembership(m, "committee"));
    added.clear();
    removed.clear();
  }

  @Override
  public void close() {
    restore();
  }
}
