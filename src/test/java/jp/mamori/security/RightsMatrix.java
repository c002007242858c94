package jp.mamori.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.OptimizePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * The role × resource × permission matrix, read from the authorizations the app created (not from the code that
 * creates them), for docs/security.md and for the tests of every "no".
 */
final class RightsMatrix {

  /** The ids the matrix is about: every resource (ANY), the webapps, and the shipped procedures. */
  static final List<String> APPLICATIONS = List.of("tasklist", "cockpit", "admin");

  record Row(Role role, Resource resource, String resourceId, Set<Permission> permissions) {}

  private RightsMatrix() {}

  /** The procedures shipped in processes/ (file name = process id); test models are not part of the matrix. */
  static List<String> shippedProcessKeys() {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bpmn"))
          .map(n -> n.substring(0, n.length() - ".bpmn".length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> resourceIds(Resource resource) {
    List<String> ids = new ArrayList<>(List.of(ANY));
    if (resource == Resources.APPLICATION) {
      ids.addAll(APPLICATIONS);
    }
    if (resource == Resources.PROCESS_DEFINITION) {
      ids.addAll(shippedProcessKeys());
    }
    return ids;
  }

  /** Every permission the engine knows for a resource, ALL and NONE aside. */
  static List<Permission> permissionsOf(Resource resource) {
    Map<Resource, Permission[]> own = Map.of(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.values(),
        Resources.PROCESS_INSTANCE, ProcessInstancePermissions.values(), Resources.TASK, TaskPermissions.values(),
        Resources.HISTORIC_TASK, HistoricTaskPermissions.values(), Resources.HISTORIC_PROCESS_INSTANCE,
        HistoricProcessInstancePermissions.values(), Resources.BATCH, BatchPermissions.values(), Resources.SYSTEM,
        SystemPermissions.values(), Resources.OPERATION_LOG_CATEGORY, UserOperationLogCategoryPermissions.values(),
        Resources.OPTIMIZE, OptimizePermissions.values());
    Permission[] candidates = own.getOrDefault(resource, Arrays.stream(Permissions.values())
        .filter(p -> Arrays.asList(p.getTypes()).contains(resource)).toArray(Permission[]::new));
    return Arrays.stream(candidates).filter(p -> !p.getName().equals("ALL") && !p.getName().equals("NONE"))
        .sorted(Comparator.comparingInt(Permission::getValue)).toList();
  }

  static List<Row> read(AuthorizationService authorizations) {
    List<Row> rows = new ArrayList<>();
    for (Role role : Role.values()) {
      for (Resources resource : Resources.values()) {
        for (String id : resourceIds(resource)) {
          Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(role.groupId())
              .resourceType(resource).resourceId(id).singleResult();
          if (grant != null && grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT) {
            Set<Permission> granted = new LinkedHashSet<>(List.of(
                grant.getPermissions(permissionsOf(resource).toArray(Permission[]::new))));
            if (!granted.isEmpty()) {
              rows.add(new Row(role, resource, id, granted));
            }
          }
        }
      }
    }
    return rows;
  }

  static String markdown(List<Row> rows) {
    StringBuilder table = new StringBuilder("| role | resource | resource id | permissions |\n|---|---|---|---|\n");
    for (Row row : rows) {
      List<Permission> all = permissionsOf(row.resource());
      String permissions = all.size() > 1 && row.permissions().containsAll(all) ? "ALL"
          : all.stream().filter(row.permissions()::contains).map(Permission::getName)
              .collect(Collectors.joining(", "));
      table.append("| `").append(row.role().groupId()).append("` ").append(row.role().nameJa()).append(" | ")
          .append(row.resource().resourceName()).append(" | ")
          .append(ANY.equals(row.resourceId()) ? "* (any)" : "`" + row.resourceId() + "`").append(" | ")
          .append(permissions).append(" |\n");
    }
    return table.toString();
  }

  static Set<Resources> resources() {
    return EnumSet.allOf(Resources.class);
  }
}
