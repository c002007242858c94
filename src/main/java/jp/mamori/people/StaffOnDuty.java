package jp.mamori.people;

import java.util.List;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;

/** The members of staff the pledge and the training concern: those holding a regulation role (第2条 (6)–(10)). */
final class StaffOnDuty {

  private StaffOnDuty() {}

  static List<StaffMember> of(StaffDirectory staff) {
    return staff.everyone().stream().filter(StaffOnDuty::isOnDuty).toList();
  }

  static boolean isOnDuty(StaffMember member) {
    return member.groupIds().stream().map(Role::ofGroupId).anyMatch(r -> r.map(Role::isStaffRole).orElse(false));
  }
}
