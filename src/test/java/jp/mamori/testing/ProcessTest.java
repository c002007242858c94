package jp.mamori.testing;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.tasks.Procedures;
import jp.mamori.tasks.TaskActions;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of every process test: a case is started and its tasks completed as a user, through the app's own services
 * (so the roles, four-eyes, form checks and the audit trail apply); jobs are run by hand, because the job executor
 * is off in tests; the trail is read back as "who:what". camunda-bpm-assert's {@code assertThat(instance)} works on
 * the app's engine.
 */
public abstract class ProcessTest extends IntegrationTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected Procedures procedures;
  @Autowired protected TaskActions actions;
  @Autowired protected TaskService taskService;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected HistoryService historyService;
  @Autowired protected ManagementService managementService;
  @Autowired protected IdentityService identityService;
  @Autowired protected StaffDirectory staff;
  @Autowired protected AuditTrail trail;
  @Autowired protected Clock clock;

  @BeforeEach
  void processAssertionsOnTheAppsEngine() {
    AbstractAssertions.init(engine);
  }

  /** A demo user, as the app sees them after login. */
  protected StaffPrincipal user(String id) {
    return Staff.of(staff, id);
  }

  /** Starts a procedure as a user, as the start page does. */
  protected ProcessInstance start(StaffPrincipal by, String processKey, Map<String, Object> variables) {
    return procedures.start(by, processKey, new HashMap<>(variables));
  }

  /** The case's one open task. */
  protected Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** The case's open task of that model element. */
  protected Task task(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** The case's open tasks of that model element (a multi-instance task). */
  protected List<Task> tasks(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
  }

  /** Completes a task as a user with the form's values, as the task page does (decision and reason for the trail). */
  protected void complete(StaffPrincipal by, Task task, Map<String, Object> values, String decision, String reason) {
    actions.complete(by, task.getId(), new HashMap<>(values), decision, reason);
  }

  /** Completes the case's one open task as a user with the form's values. */
  protected void complete(StaffPrincipal by, ProcessInstance instance, Map<String, Object> values, String decision,
      String reason) {
    complete(by, task(instance), values, decision, reason);
  }

  /** The job (a timer or an async continuation) waiting at a model element, or null. */
  protected Job job(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  /** Runs the job waiting at a model element (a timer that is due, an async service task), as the executor would. */
  protected void runJob(ProcessInstance instance, String activityId) {
    managementService.executeJob(job(instance, activityId).getId());
  }

  /** Runs the case's async continuations (not its timers), as the job executor would. */
  protected void runAsync(ProcessInstance instance) {
    for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
      managementService.executeJob(job.getId());
    }
  }

  /** The case's completed tasks in the audit trail, as "who:decision=…". */
  protected List<String> decisions(ProcessInstance instance) {
    return trail.ofCase(instance.getId()).stream().filter(e -> "TASK_COMPLETED".equals(e.getAction()))
        .map(e -> e.getActor() + ":" + e.getDetail()).toList();
  }

  /** A user who holds several roles at once (the case four-eyes exists for), created once. */
  protected StaffPrincipal dualRoleUser(String id, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setLastName("兼務");
      user.setFirstName("職員");
      identityService.saveUser(user);
      for (String group : groups) {
        identityService.createMembership(id, group);
      }
    }
    return user(id);
  }
}
