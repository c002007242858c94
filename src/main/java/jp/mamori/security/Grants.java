package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Group grants collected before they are written, so that a role named by two rules (it starts a procedure and
 * reads its variables) gets one authorization with both permissions.
 */
final class Grants {

  record Key(String groupId, Resource resource, String resourceId) {}

  private final Map<Key, Set<Permission>> byKey = new LinkedHashMap<>();

  Grants add(Role role, Resource resource, String resourceId, Permission... permissions) {
    return add(role.groupId(), resource, resourceId, permissions);
  }

  Grants add(String groupId, Resource resource, String resourceId, Permission... permissions) {
    byKey.computeIfAbsent(new Key(groupId, resource, resourceId), k -> new LinkedHashSet<>())
        .addAll(List.of(permissions));
    return this;
  }

  void forEach(BiConsumer<Key, Set<Permission>> action) {
    byKey.forEach(action);
  }
}
