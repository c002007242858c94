package jp.mamori.security.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Which directory group holds which role (ADR 0024). The engine sees only the roles' group ids, so the models, the
 * grants and the task list stay as they are; a system administrator's group also stands for Camunda's
 * {@code camunda-admin}, without which the webapps send every page to their first-user set-up.
 */
final class RoleMapping {

  private final Map<String, LdapName> groupOfRole = new LinkedHashMap<>();

  RoleMapping(Map<String, String> roles) {
    roles.forEach((roleId, dn) -> {
      if (Role.ofGroupId(roleId).isEmpty()) {
        throw new IllegalStateException("mamori.directory.roles: no role " + roleId);
      }
      groupOfRole.put(roleId, name(dn));
    });
    Optional.ofNullable(groupOfRole.get(Role.SYSTEM_ADMIN.groupId()))
        .ifPresent(dn -> groupOfRole.put(Groups.CAMUNDA_ADMIN, dn));
  }

  /** The group ids the engine knows: the mapped roles, and camunda-admin with the system administrators. */
  Collection<String> groupIds() {
    return groupOfRole.keySet();
  }

  Optional<String> directoryGroup(String groupId) {
    return Optional.ofNullable(groupOfRole.get(groupId)).map(LdapName::toString);
  }

  /** The roles a user holds, from the DNs of the directory groups they are a member of. */
  List<String> groupIdsOf(Collection<String> memberOf) {
    List<LdapName> names = memberOf.stream().map(RoleMapping::nameOrNull).toList();
    return groupOfRole.entrySet().stream().filter(e -> names.contains(e.getValue())).map(Map.Entry::getKey)
        .toList();
  }

  /** What the webapps and the group pickers show: the role's Japanese name. */
  static String groupName(String groupId) {
    return Role.ofGroupId(groupId).map(Role::nameJa).orElse("Camunda 管理者(システム管理者)");
  }

  static String groupType(String groupId) {
    return Role.ofGroupId(groupId).filter(Role::isStaffRole).map(r -> "WORKFLOW").orElse(Groups.GROUP_TYPE_SYSTEM);
  }

  private static LdapName name(String dn) {
    try {
      return new LdapName(dn);
    } catch (InvalidNameException e) {
      throw new IllegalStateException("mamori.directory.roles: not a distinguished name: " + dn, e);
    }
  }

  private static LdapName nameOrNull(String dn) {
    try {
      return new LdapName(dn);
    } catch (InvalidNameException e) {
      return null;
    }
  }
}
