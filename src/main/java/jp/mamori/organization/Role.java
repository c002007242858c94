package jp.mamori.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the regulation (第2条 (6)–(10), 第3–8条) and of the application. Each is a Camunda group whose id
 * is {@link #groupId()}; models route user tasks to these ids, never to people.
 */
public enum Role {
  TOTAL_MANAGER("total-manager", "総括個人情報管理者", "Total manager", null),
  SUPERVISING_MANAGER("supervising-manager", "個人情報統括管理者", "Supervising manager", TOTAL_MANAGER),
  INFORMATION_MANAGER("information-manager", "個人情報管理者", "Information manager", SUPERVISING_MANAGER),
  HANDLER("handler", "個人情報取扱者", "Handler", INFORMATION_MANAGER),
  CORPORATE_OFFICER("corporate-officer", "個人情報管理責任者", "Corporate privacy officer", null),
  MEDICAL_AFFAIRS_DESK("medical-affairs-desk", "医事課", "Medical affairs desk", SUPERVISING_MANAGER),
  COMMITTEE("committee", "個人情報保護部会", "Privacy committee", null),
  EXECUTIVE("executive", "経営層(閲覧)", "Executive (read-only)", null),
  PROCESS_OWNER("process-owner", "プロセスオーナー", "Process owner", null),
  SYSTEM_ADMIN("system-admin", "システム管理者", "System administrator", null);

  private final String groupId;
  private final String nameJa;
  private final String nameEn;
  private final Role superior;

  Role(String groupId, String nameJa, String nameEn, Role superior) {
    this.groupId = groupId;
    this.nameJa = nameJa;
    this.nameEn = nameEn;
    this.superior = superior;
  }

  public String groupId() {
    return groupId;
  }

  public String nameJa() {
    return nameJa;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The role an idle task escalates to when the holder has no deputy (the chain of 第3–6条). */
  public Optional<Role> superior() {
    return Optional.ofNullable(superior);
  }

  /** Roles that do the regulation's work in task lists, as opposed to watching or administering. */
  public boolean isStaffRole() {
    return this != EXECUTIVE && this != PROCESS_OWNER && this != SYSTEM_ADMIN;
  }

  public static Optional<Role> ofGroupId(String groupId) {
    return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
  }
}
