package jp.mamori.security;

import java.util.List;
import jp.mamori.organization.Role;

/**
 * Who searches the access log of patient data (ADR 0026): the supervising manager, who keeps the records accurate
 * and runs the audit (第4条, 第36条). Not the system administrator, whose own reads are in the log.
 */
public final class AccessLogReaders {

  public static final List<Role> ROLES = List.of(Role.SUPERVISING_MANAGER);

  private AccessLogReaders() {}

  static boolean may(CurrentUser user) {
    return ROLES.stream().anyMatch(user::hasRole);
  }
}
