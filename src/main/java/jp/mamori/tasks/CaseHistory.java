package jp.mamori.tasks;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.AuditEntry;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The story of a case in time order: started by whom, each task created and completed by whom, every comment and
 * every recorded decision with its reason, and who changed its variables, correlated a message or migrated it.
 * Callers decide who may read it.
 */
@Service
public class CaseHistory {

  private final HistoryService historyService;
  private final TaskService taskService;
  private final AuditTrail trail;
  private final StaffDirectory staff;

  CaseHistory(HistoryService historyService, TaskService taskService, AuditTrail trail, StaffDirectory staff) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.trail = trail;
    this.staff = staff;
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> of(String processInstanceId) {
    List<HistoryEntry> entries = new ArrayList<>();
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return entries;
    }
    // the procedure's name is on the page already; the case's first line says who filed it
    entries.add(new HistoryEntry(instance.getStartTime(), staff.displayName(instance.getStartUserId()), "started",
        instance.getBusinessKey(), null));
    Map<String, Date> completedAt = new HashMap<>();
    for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      if (task.getEndTime() != null) {
        completedAt.put(task.getId(), task.getEndTime());
      }
      entries.add(new HistoryEntry(task.getStartTime(), "", "taskCreated", task.getName(), null));
      if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
        entries.add(new HistoryEntry(task.getEndTime(), staff.displayName(task.getAssignee()), "taskCompleted",
            task.getName(), null));
      }
    }
    for (Comment comment : taskService.getProcessInstanceComments(processInstanceId)) {
      entries.add(new HistoryEntry(comment.getTime(), staff.displayName(comment.getUserId()), "comment",
          comment.getFullMessage(), null));
    }
    for (AuditEntry decision : trail.ofCase(processInstanceId)) {
      if (!"TASK_COMPLETED".equals(decision.getAction()) && decision.getReason() == null) {
        continue;
      }
      // a decision is part of completing its task: it takes the task's time, so a second boundary falling between
      // the two clocks cannot put the decision after its completion
      Date at = decision.getTaskId() == null ? null : completedAt.get(decision.getTaskId());
      entries.add(new HistoryEntry(at != null ? at : Date.from(decision.getOccurredAt()),
          staff.displayName(decision.getActor()),
          "decision", decision.getSubject(), decisionNote(decision)));
    }
    entries.addAll(CaseOperations.of(historyService, staff, processInstanceId));
    if (instance.getEndTime() != null) {
      entries.add(new HistoryEntry(instance.getEndTime(), "", "ended", instance.getProcessDefinitionName(), null));
    }
    entries.sort(IN_TIME_ORDER);
    return entries;
  }

  /**
   * MariaDB keeps Camunda's times to the second, the audit trail's to the microsecond: within one second the
   * natural order of a case decides (started, task created, comment, decision, task completed, ended).
   */
  private static final List<String> NATURAL_ORDER =
      List.of("started", "taskCreated", "comment", "decision", "taskCompleted", "ended");

  private static final Comparator<HistoryEntry> IN_TIME_ORDER = Comparator
      .comparing((HistoryEntry e) -> e.at().toInstant().truncatedTo(ChronoUnit.SECONDS))
      .thenComparing(e -> NATURAL_ORDER.indexOf(e.kind()));

  private static String decisionNote(AuditEntry entry) {
    String detail = entry.getDetail() == null ? "" : entry.getDetail();
    String reason = entry.getReason() == null ? "" : entry.getReason();
    return (detail + (detail.isEmpty() || reason.isEmpty() ? "" : " / ") + reason).trim();
  }
}
