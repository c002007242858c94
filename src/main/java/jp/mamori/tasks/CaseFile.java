package jp.mamori.tasks;

import jp.mamori.process.ModelLabels;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as the people on it read it (the case page): where it stands as a line of steps drawn from the model and
 * its history, who has it now and by when, and its history in words. Works for every procedure: it reads only the
 * model's flow nodes, the engine's history and the audit trail. Callers check {@link CaseAccess} first.
 */
@Service
public class CaseFile {

  /** A step of the case's line: done (when, by whom), where the case is now, or a step that may come. */
  public record Step(String name, String state, Date at, String by) implements Serializable {}

  /** A task open on the case: who has it now (a person, or the roles that may take it) and by when. */
  public record OpenTask(String id, String name, String holder, Date due, boolean visibleToMe)
      implements Serializable {}

  /** What the case page shows. */
  public record Summary(String processInstanceId, String businessKey, String procedureName, String filedBy,
      Date started, Date ended, List<OpenTask> openTasks, List<Step> steps, List<HistoryEntry> history)
      implements Serializable {

    public boolean isOpen() {
      return ended == null;
    }

    /** The nearest deadline of the case's open tasks, or null. */
    public Date getDue() {
      return openTasks.stream().map(OpenTask::due).filter(Objects::nonNull).min(Comparator.naturalOrder())
          .orElse(null);
    }
  }

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final TaskListService taskList;
  private final CaseHistory history;
  private final StaffDirectory staff;

  CaseFile(HistoryService historyService, RepositoryService repositoryService, TaskService taskService,
      TaskListService taskList, CaseHistory history, StaffDirectory staff) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.taskList = taskList;
    this.history = history;
    this.staff = staff;
  }

  /** The case by its engine id, or by its case number (a business key is unique per procedure's prefix). */
  @Transactional(readOnly = true)
  public Optional<String> find(String idOrNumber) {
    if (idOrNumber == null || idOrNumber.isBlank()) {
      return Optional.empty();
    }
    HistoricProcessInstance byId = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(idOrNumber).singleResult();
    if (byId != null) {
      return Optional.of(byId.getId());
    }
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(idOrNumber)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
        .filter(p -> p.getSuperProcessInstanceId() == null).findFirst().map(HistoricProcessInstance::getId);
  }

  @Transactional(readOnly = true)
  public Summary of(StaffPrincipal user, String processInstanceId, Locale locale) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    ProcessDefinition definition = repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
    List<OpenTask> open = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .orderByTaskCreateTime().asc().list().stream()
        .map(t -> new OpenTask(t.getId(),
            ModelLabels.element(locale, t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName()), holder(t, locale), t.getDueDate(),
            taskList.visibleTask(user, t.getId()).isPresent()))
        .toList();
    return new Summary(instance.getId(), instance.getBusinessKey(), TaskListService.nameOf(definition),
        staff.displayName(instance.getStartUserId()), instance.getStartTime(), instance.getEndTime(), open,
        steps(instance, locale), history.of(processInstanceId, locale));
  }

  private String holder(Task task, Locale locale) {
    if (task.getAssignee() != null) {
      return staff.displayName(task.getAssignee());
    }
    Set<String> names = new LinkedHashSet<>();
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      names.add(link.getGroupId() != null ? roleName(link.getGroupId(), locale) : staff.displayName(link.getUserId()));
    }
    return String.join("、", names);
  }

  static String roleName(String groupId, Locale locale) {
    return Role.ofGroupId(groupId)
        .map(r -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? r.nameEn() : r.nameJa())
        .orElse(groupId);
  }

  /**
   * The case's line: the start, each user task and end it passed (history, in time order), the steps it is at,
   * then the user tasks and ends the model can still reach from there (breadth first along the sequence flows).
   */
  private List<Step> steps(HistoricProcessInstance instance, Locale locale) {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
    List<Step> steps = new ArrayList<>();
    Set<String> current = new LinkedHashSet<>();
    for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list()) {
      if (!shown(activity.getActivityType()) || activity.getActivityName() == null) {
        continue;
      }
      if (activity.getEndTime() == null) {
        current.add(activity.getActivityId());
        steps.add(new Step(name(locale, activity), "current", activity.getStartTime(),
            activity.getAssignee() == null ? null : staff.displayName(activity.getAssignee())));
      } else if (!activity.isCanceled()) {
        String by = "startEvent".equals(activity.getActivityType()) ? instance.getStartUserId()
            : activity.getAssignee();
        steps.add(new Step(name(locale, activity), "done", activity.getEndTime(),
            by == null ? null : staff.displayName(by)));
      }
    }
    if (instance.getEndTime() == null) {
      reachable(model, current).forEach(next -> steps.add(new Step(
          ModelLabels.element(locale, instance.getProcessDefinitionId(), next.getId(), next.getName()), "next", null, null)));
    }
    return steps;
  }

  private static String name(Locale locale, HistoricActivityInstance activity) {
    return ModelLabels.element(locale, activity.getProcessDefinitionId(), activity.getActivityId(),
        activity.getActivityName());
  }

  private static boolean shown(String activityType) {
    return "userTask".equals(activityType) || "startEvent".equals(activityType)
        || activityType.endsWith("EndEvent");
  }

  /** Named user tasks and end events of the case's own level reachable from where it is, nearest first. */
  private static List<FlowNode> reachable(BpmnModelInstance model, Set<String> from) {
    List<FlowNode> found = new ArrayList<>();
    Set<String> seen = new HashSet<>(from);
    Deque<FlowNode> queue = new ArrayDeque<>();
    for (String id : from) {
      if (model.getModelElementById(id) instanceof FlowNode node) {
        queue.add(node);
      }
    }
    while (!queue.isEmpty()) {
      FlowNode node = queue.poll();
      for (SequenceFlow flow : node.getOutgoing()) {
        FlowNode target = flow.getTarget();
        if (!seen.add(target.getId()) || target instanceof StartEvent || target instanceof SubProcess) {
          continue;
        }
        if ((target instanceof UserTask || target instanceof EndEvent) && target.getName() != null) {
          found.add(target);
        }
        if (!(target instanceof EndEvent)) {
          queue.add(target);
        }
      }
    }
    return found;
  }
}
