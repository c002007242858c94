package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import jp.mamori.security.GrantOnlyAuthorizationsPlugin.GrantOnlyAuthorizationManager;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The short authorization query (ADR 0050) answers every check as the engine's own query does. A fixture of grants —
 * to a user, to roles, to every user ({@code *}, which the engine's check of a command does not read), global ones,
 * on one resource and on every resource, with some permissions only — is asked every combination of user, roles,
 * resource, permission and the way the rights are combined, once through the engine's query and once through the
 * short one, in the same transaction.
 */
class GrantedChecksTest extends IntegrationTest {

  private static final String USER = "granted-user";
  private static final String ROLE = "granted-role";
  private static final String OTHER_ROLE = "granted-other-role";

  @Autowired AuthorizationService authorizations;
  @Autowired ProcessEngineConfigurationImpl configuration;

  private final String defA = "grantedDefA" + System.nanoTime();
  private final String defB = "grantedDefB" + System.nanoTime();
  private final String taskA = "granted-task-a-" + System.nanoTime();
  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void grants() {
    grant(Authorization.AUTH_TYPE_GRANT, USER, null, Resources.PROCESS_DEFINITION, defA, Permissions.READ,
        ProcessDefinitionPermissions.TASK_WORK);
    grant(Authorization.AUTH_TYPE_GRANT, null, ROLE, Resources.PROCESS_DEFINITION, defB,
        ProcessDefinitionPermissions.UPDATE_TASK);
    grant(Authorization.AUTH_TYPE_GRANT, null, OTHER_ROLE, Resources.TASK, "*", Permissions.READ);
    grant(Authorization.AUTH_TYPE_GRANT, USER, null, Resources.TASK, taskA, TaskPermissions.TASK_WORK);
    grant(Authorization.AUTH_TYPE_GRANT, "*", null, Resources.TASK, taskA, Permissions.UPDATE);
    grant(Authorization.AUTH_TYPE_GLOBAL, "*", null, Resources.PROCESS_DEFINITION, defB, Permissions.DELETE);
  }

  @AfterEach
  void removeGrants() {
    created.forEach(authorizations::deleteAuthorization);
  }

  @Test
  @DisplayName("短い権限確認は、エンジン自身の確認と同じ答えを返す(利用者・ロール・対象・権限・組合せのすべてで)")
  void theShortQueryAnswersAsTheEngine() {
    List<String> users = Arrays.asList(USER, "granted-nobody", null);
    List<List<String>> roleSets = List.of(List.of(), List.of(ROLE), List.of("no-such-role", OTHER_ROLE),
        List.of(ROLE, OTHER_ROLE));
    List<Right> rights = new ArrayList<>();
    for (String definition : Arrays.asList(defA, defB, "grantedNone", "*", null)) {
      for (Permission permission : List.of(Permissions.READ, Permissions.DELETE, Permissions.ALL,
          ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.UPDATE_TASK)) {
        rights.add(new Right(Resources.PROCESS_DEFINITION, definition, permission));
      }
    }
    for (String task : Arrays.asList(taskA, "granted-task-none", "*")) {
      for (Permission permission : List.of(Permissions.READ, Permissions.UPDATE, TaskPermissions.TASK_WORK)) {
        rights.add(new Right(Resources.TASK, task, permission));
      }
    }
    int asked = 0;
    int granted = 0;
    for (String user : users) {
      for (List<String> roles : roleSets) {
        List<CompositePermissionCheck> checks = new ArrayList<>();
        for (int i = 0; i < rights.size(); i++) {
          for (List<Right> combination : List.of(List.of(rights.get(i)),
              List.of(rights.get(i), rights.get((i * 7 + 3) % rights.size())),
              List.of(rights.get(i), rights.get((i * 5 + 11) % rights.size()), rights.get((i + 1) % rights.size())))) {
            checks.add(check(combination, true));
            checks.add(check(combination, false));
          }
        }
        List<boolean[]> answers = inOneTransaction(manager -> checks.stream().map(check -> new boolean[] {
            manager.isAuthorized(user, roles, check), manager.engineAnswer(user, roles, check)}).toList());
        for (int i = 0; i < checks.size(); i++) {
          assertThat(answers.get(i)[0]).as("%s %s %s", user, roles, describe(checks.get(i)))
              .isEqualTo(answers.get(i)[1]);
          granted += answers.get(i)[1] ? 1 : 0;
        }
        asked += checks.size();
      }
    }
    assertThat(granted).as("checks granted of %d", asked).isBetween(asked / 20, asked - asked / 20);
  }

  @Test
  @DisplayName("対象に使えない権限の確認は、エンジンと同じく拒否される")
  void aPermissionTheResourceDoesNotHaveIsRefusedAsByTheEngine() {
    CompositePermissionCheck check = check(List.of(new Right(Resources.TASK, taskA,
        ProcessDefinitionPermissions.CREATE_INSTANCE)), true);

    assertThatThrownBy(() -> inOneTransaction(manager -> manager.isAuthorized(USER, List.of(), check)))
        .isInstanceOf(BadUserRequestException.class);
  }

  private <T> T inOneTransaction(Function<GrantOnlyAuthorizationManager, T> asking) {
    return configuration.getCommandExecutorTxRequired().execute(context ->
        asking.apply((GrantOnlyAuthorizationManager) context.getAuthorizationManager()));
  }

  private static CompositePermissionCheck check(List<Right> rights, boolean disjunctive) {
    CompositePermissionCheck check = new CompositePermissionCheck(disjunctive);
    for (Right right : rights) {
      PermissionCheck atomic = new PermissionCheck();
      atomic.setResource(right.resource());
      atomic.setResourceId(right.resourceId());
      atomic.setPermission(right.permission());
      check.addAtomicCheck(atomic);
    }
    return check;
  }

  private static String describe(CompositePermissionCheck check) {
    return (check.isDisjunctive() ? "any of " : "all of ") + check.getAtomicChecks().stream()
        .map(c -> c.getResource().resourceName() + ":" + c.getResourceId() + ":" + c.getPermission().getName())
        .toList();
  }

  private void grant(int type, String userId, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setUserId(userId);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    created.add(authorizations.saveAuthorization(authorization).getId());
  }

  private record Right(Resource resource, String resourceId, Permission permission) {}
}
