package jp.mamori.modeling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.process.TaskKeptAsModelled;
import jp.mamori.security.EngineIdentity;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases of a procedure from one version to another with the engine's migration API. The plan maps
 * every activity the two versions share ({@code mapEqualActivities}); a case waiting in an activity the new version
 * lacks cannot move and stays on its version, where it finishes as it started.
 */
@Service
public class InstanceMigration {

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final ProcessVersions versions;
  private final EngineIdentity engineIdentity;
  private final AuditTrail trail;
  private final TransactionTemplate trial;

  InstanceMigration(RuntimeService runtime, RepositoryService repository, TaskService tasks, ProcessVersions versions,
      EngineIdentity engineIdentity, AuditTrail trail, PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.repository = repository;
    this.tasks = tasks;
    this.versions = versions;
    this.engineIdentity = engineIdentity;
    this.trail = trail;
    this.trial = new TransactionTemplate(transactions);
    this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * What a migration would do. Each case that the plan covers is also tried by the engine in a transaction that is
   * rolled back, so that what the engine itself would refuse is shown too.
   */
  public MigrationPreview preview(StaffPrincipal user, String sourceId, String targetId) {
    Pair pair = pair(user, sourceId, targetId);
    List<String> planFailures = new ArrayList<>();
    MigrationPlan plan = plan(sourceId, targetId, planFailures);
    Set<String> mapped = mapped(plan);
    List<MigrationPreview.InstanceCheck> checks = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(sourceId).list()) {
      checks.add(check(instance, plan, mapped, true));
    }
    return new MigrationPreview(pair.source(), pair.target(), planFailures, unmapped(sourceId, mapped, checks),
        checks);
  }

  /**
   * Migrates every case that can move, as the user (the engine's operation log names them), and records each in
   * the audit trail with the reason. The engine migrates all of them or none.
   */
  @Transactional
  public List<String> migrate(StaffPrincipal user, String sourceId, String targetId, String reason) {
    pair(user, sourceId, targetId);
    if (reason == null || reason.isBlank()) {
      throw new ActionRefused("versions.error.reason");
    }
    List<String> planFailures = new ArrayList<>();
    MigrationPlan plan = plan(sourceId, targetId, planFailures);
    if (plan == null) {
      throw new ActionRefused("versions.error.plan", String.join(" / ", planFailures));
    }
    Set<String> mapped = mapped(plan);
    List<ProcessInstance> movable = runtime.createProcessInstanceQuery().processDefinitionId(sourceId).list()
        .stream().filter(i -> check(i, plan, mapped, false).migratable()).toList();
    if (movable.isEmpty()) {
      throw new ActionRefused("versions.error.nothing");
    }
    List<String> ids = movable.stream().map(ProcessInstance::getId).toList();
    try {
      engineIdentity.runAs(user, () -> MigrationsOnTheVersionsPage.run(() -> runtime.newMigration(plan)
          .processInstanceIds(ids).skipCustomListeners().skipIoMappings().execute()));
    } catch (MigratingProcessInstanceValidationException e) {
      throw new ActionRefused("versions.error.engine", e.getValidationReport().getProcessInstanceId(),
          String.join(" / ", e.getValidationReport().getFailures()));
    }
    openTasksNamedAsIn(targetId, ids);
    ProcessVersion source = versions.version(user, sourceId).orElseThrow();
    ProcessVersion target = versions.version(user, targetId).orElseThrow();
    String subject = source.key() + " v" + source.version() + " → v" + target.version();
    for (ProcessInstance instance : movable) {
      trail.record(user.userId(), "PROCESS_MIGRATED",
          new CaseRef(instance.getId(), instance.getBusinessKey(), null), subject, reason,
          "from " + sourceId + " to " + targetId);
    }
    return ids;
  }

  /**
   * The engine moves a waiting task as it is, with the name the old version gave it; the task lists, the case page
   * and the notices would go on showing a step the new version renamed. The application gives it the new name.
   */
  private void openTasksNamedAsIn(String targetId, List<String> processInstanceIds) {
    BpmnModelInstance model = repository.getBpmnModelInstance(targetId);
    for (Task task : tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list()) {
      if (model.getModelElementById(task.getTaskDefinitionKey()) instanceof UserTask step && step.getName() != null
          && !step.getName().equals(task.getName())) {
        task.setName(step.getName());
        TaskKeptAsModelled.byTheModel(() -> tasks.saveTask(task));
      }
    }
  }

  private record Pair(ProcessVersion source, ProcessVersion target) {}

  private Pair pair(StaffPrincipal user, String sourceId, String targetId) {
    ProcessVersions.requireManager(user);
    ProcessVersion source = versions.version(user, sourceId).orElse(null);
    ProcessVersion target = versions.version(user, targetId).orElse(null);
    if (source == null || target == null || !source.key().equals(target.key())) {
      throw new ActionRefused("versions.error.pair");
    }
    if (source.definitionId().equals(target.definitionId())) {
      throw new ActionRefused("versions.error.same");
    }
    return new Pair(source, target);
  }

  /** Null when the engine refuses the plan itself; its reasons are added to {@code failures}. */
  private MigrationPlan plan(String sourceId, String targetId, List<String> failures) {
    try {
      return runtime.createMigrationPlan(sourceId, targetId).mapEqualActivities().updateEventTriggers().build();
    } catch (MigrationPlanValidationException e) {
      e.getValidationReport().getInstructionReports().forEach(r -> failures.add(
          r.getMigrationInstruction().getSourceActivityId() + ": "
              + String.join("; ", r.getFailures())));
      return null;
    }
  }

  private static Set<String> mapped(MigrationPlan plan) {
    Set<String> mapped = new LinkedHashSet<>();
    if (plan != null) {
      for (MigrationInstruction instruction : plan.getInstructions()) {
        mapped.add(instruction.getSourceActivityId());
      }
    }
    return mapped;
  }

  private MigrationPreview.InstanceCheck check(ProcessInstance instance, MigrationPlan plan, Set<String> mapped,
      boolean tryIt) {
    List<String> waitingIn = new ArrayList<>();
    leaves(runtime.getActivityInstance(instance.getId()), waitingIn);
    List<String> problems = new ArrayList<>();
    if (plan == null) {
      problems.add("plan");
    } else {
      waitingIn.stream().filter(a -> !mapped.contains(a)).forEach(a -> problems.add("unmapped:" + a));
    }
    if (problems.isEmpty() && tryIt) {
      problems.addAll(trialRun(plan, instance.getId()));
    }
    return new MigrationPreview.InstanceCheck(instance.getId(), instance.getBusinessKey(), waitingIn, problems);
  }

  /** The engine's own verdict on one case, rolled back whatever it is. */
  private List<String> trialRun(MigrationPlan plan, String processInstanceId) {
    List<String> failures = new ArrayList<>();
    trial.executeWithoutResult(status -> {
      status.setRollbackOnly();
      try {
        runtime.newMigration(plan).processInstanceIds(processInstanceId).skipCustomListeners().skipIoMappings()
            .execute();
      } catch (MigratingProcessInstanceValidationException e) {
        failures.add("engine:" + String.join(" / ", e.getValidationReport().getFailures())
            + e.getValidationReport().getActivityInstanceReports().stream()
                .flatMap(r -> r.getFailures().stream()).reduce("", (a, b) -> a + " / " + b));
      }
    });
    return failures;
  }

  /** Where a case waits: the innermost activity instances and transitions (async continuations). */
  private static void leaves(ActivityInstance instance, List<String> activityIds) {
    if (instance == null) {
      return;
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      activityIds.add(transition.getActivityId());
    }
    if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0
        && instance.getParentActivityInstanceId() != null) {
      activityIds.add(instance.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      leaves(child, activityIds);
    }
  }

  /** Activities of the old version a case can wait in and the plan does not map, with how many cases wait there. */
  private List<MigrationPreview.UnmappedActivity> unmapped(String sourceId, Set<String> mapped,
      List<MigrationPreview.InstanceCheck> checks) {
    BpmnModelInstance model = repository.getBpmnModelInstance(sourceId);
    List<MigrationPreview.UnmappedActivity> unmapped = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean canWait = node instanceof Activity || node instanceof IntermediateCatchEvent
          || node instanceof BoundaryEvent;
      if (canWait && !mapped.contains(node.getId())) {
        long waiting = checks.stream().filter(c -> c.activityIds().contains(node.getId())).count();
        unmapped.add(new MigrationPreview.UnmappedActivity(node.getId(), node.getName(), waiting));
      }
    }
    return unmapped;
  }
}
