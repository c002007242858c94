package jp.mamori.people;

import jp.mamori.organization.Role;

/**
 * What is designated, the role (Camunda group) it gives, and who designates (第4–7条). One supervising manager at a
 * time; one information manager per set of records (a department's records); any number of handlers and members.
 */
public enum DesignationKind {
  /** 第4条: the director (総括) names the supervising manager. */
  SUPERVISING_MANAGER(Role.SUPERVISING_MANAGER, Role.TOTAL_MANAGER),
  /** 第5条: the supervising manager sets an information manager for each set of records. */
  INFORMATION_MANAGER(Role.INFORMATION_MANAGER, Role.SUPERVISING_MANAGER),
  /** 第6条: an information manager designates the handlers of their records. */
  HANDLER(Role.HANDLER, Role.INFORMATION_MANAGER),
  /** 第7条: the members of the 個人情報保護部会 (its rules are "separately defined"; here the director names them). */
  COMMITTEE_MEMBER(Role.COMMITTEE, Role.TOTAL_MANAGER);

  private final Role role;
  private final Role decidedBy;

  DesignationKind(Role role, Role decidedBy) {
    this.role = role;
    this.decidedBy = decidedBy;
  }

  public Role role() {
    return role;
  }

  public Role decidedBy() {
    return decidedBy;
  }

  /** Whether a new designation replaces the current one (of the same scope). */
  public boolean single() {
    return this == SUPERVISING_MANAGER || this == INFORMATION_MANAGER;
  }
}
