package jp.mamori.testing;

import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;

/** The demo organization's users as principals, for calling services the way a logged-in user would. */
public final class Staff {

  private Staff() {}

  public static StaffPrincipal of(StaffDirectory directory, String userId) {
    var member = directory.find(userId).orElseThrow(() -> new IllegalArgumentException("no demo user " + userId));
    return new StaffPrincipal(member.id(), member.displayName(), member.groupIds());
  }
}
