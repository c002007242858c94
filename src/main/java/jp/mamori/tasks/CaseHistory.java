package jp.mamori.tasks;

import jp.mamori.process.ModelLabels;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.AuditEntry;
import jp.mamori.trail.AuditTrail;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The story of a case in time order, in words: started by whom, each task created and for which roles, completed
 * by whom, every comment and every recorded decision with the label the form showed and its reason, and who
 * changed its variables, correlated a message or migrated it — with the person's name whatever the channel (the
 * app, REST, Tasklist). Callers decide who may read it.
 */
@Service
public class CaseHistory {

  private static final String DECISION = "decision=";
  private static final String HANDED_TO = "to=";
  private static final String MEMBER = "member=";

  private final HistoryService historyService;
  private final TaskService taskService;
  private final AuditTrail trail;
  private final StaffDirectory staff;
  private final TaskFormLabels labels;

  CaseHistory(HistoryService historyService, TaskService taskService, AuditTrail trail, StaffDirectory staff,
      TaskFormLabels labels) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.trail = trail;
    this.staff = staff;
    this.labels = labels;
  }

  /** In Japanese, the house's default. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> of(String processInstanceId) {
    return of(processInstanceId, Locale.JAPANESE);
  }

  /**
   * The case's comments: the app's carry the case, but Tasklist and {@code /engine-rest} comment on the task only
   * ({@code /task/{id}/comment/create} without a case), so each task's are read as well — once each.
   */
  private List<Comment> comments(String processInstanceId, Set<String> taskIds) {
    Map<String, Comment> byId = new LinkedHashMap<>();
    taskService.getProcessInstanceComments(processInstanceId).forEach(c -> byId.put(c.getId(), c));
    taskIds.forEach(taskId -> taskService.getTaskComments(taskId).forEach(c -> byId.putIfAbsent(c.getId(), c)));
    return new ArrayList<>(byId.values());
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> of(String processInstanceId, Locale locale) {
    List<HistoryEntry> entries = new ArrayList<>();
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return entries;
    }
    // the procedure's name is on the page already; the case's first line says who filed it
    entries.add(new HistoryEntry(instance.getStartTime(), staff.displayName(instance.getStartUserId()), "started",
        instance.getBusinessKey(), null));
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      tasks.put(task.getId(), task);
      entries.add(new HistoryEntry(task.getStartTime(), "", "taskCreated", name(task, locale),
          holders(task.getId(), locale)));
      if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
        entries.add(new HistoryEntry(task.getEndTime(), staff.displayName(task.getAssignee()), "taskCompleted",
            name(task, locale), null));
      }
    }
    for (Comment comment : comments(processInstanceId, tasks.keySet())) {
      entries.add(new HistoryEntry(comment.getTime(), staff.displayName(comment.getUserId()), "comment",
          comment.getFullMessage(), null));
    }
    for (AuditEntry decision : trail.ofCase(processInstanceId)) {
      if (!"TASK_COMPLETED".equals(decision.getAction()) && decision.getReason() == null) {
        continue;
      }
      HistoricTaskInstance task = decision.getTaskId() == null ? null : tasks.get(decision.getTaskId());
      // a decision is part of completing its task: it takes the task's time, so a second boundary falling between
      // the two clocks cannot put the decision after its completion
      Date at = task != null && task.getEndTime() != null && "TASK_COMPLETED".equals(decision.getAction())
          ? task.getEndTime() : Date.from(decision.getOccurredAt());
      entries.add(inWords(decision, task, at, locale));
    }
    entries.addAll(CaseOperations.of(historyService, staff, processInstanceId));
    if (instance.getEndTime() != null) {
      entries.add(new HistoryEntry(instance.getEndTime(), "", "ended",
          ModelLabels.procedure(locale, instance.getProcessDefinitionKey(), instance.getProcessDefinitionName()), null));
    }
    entries.sort(IN_TIME_ORDER);
    return entries;
  }

  private static String name(HistoricTaskInstance task, Locale locale) {
    return ModelLabels.element(locale, task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName());
  }

  /**
   * The task a trail entry is about, in the reader's language; else the bundle's words for the entry's action
   * ({@code history.action.<ACTION>}, e.g. a member named to the headquarters), so that no line the system worded
   * in Japanese is shown to an English reader (ADR 0032); else the subject as recorded.
   */
  private static String subject(AuditEntry entry, HistoricTaskInstance task, Locale locale) {
    return task != null ? name(task, locale)
        : Messages.find(locale, "history.action." + entry.getAction()).orElse(entry.getSubject());
  }

  private static boolean asWritten(AuditEntry entry, HistoricTaskInstance task, Locale locale) {
    return task == null && Messages.find(locale, "history.action." + entry.getAction()).isEmpty();
  }

  /** A reason the system wrote (an escalation's), in the reader's language; what a person wrote as written. */
  private static String reason(AuditEntry entry, Locale locale) {
    return Messages.find(locale, "history.reason." + entry.getAction()).orElse(entry.getReason());
  }

  /** A recorded decision: its label as the form offered it, the reason apart; a hand-over names the colleague. */
  private HistoryEntry inWords(AuditEntry entry, HistoricTaskInstance task, Date at, Locale locale) {
    String actor = staff.displayName(entry.getActor());
    String detail = entry.getDetail();
    if ("TASK_DELEGATED".equals(entry.getAction())) {
      String to = detail != null && detail.startsWith(HANDED_TO) ? staff.displayName(detail.substring(3)) : null;
      return new HistoryEntry(at, actor, "delegated", subject(entry, task, locale), entry.getReason(), to,
          asWritten(entry, task, locale));
    }
    String decision = null;
    String note = reason(entry, locale);
    if (detail != null && detail.startsWith(DECISION)) {
      String value = detail.substring(DECISION.length());
      decision = task == null ? null : labels.decisionLabel(task.getProcessDefinitionId(),
          task.getTaskDefinitionKey(), value, locale);
      if (decision == null || decision.equals(value)) {
        // a decision the glue recorded outside a form (the head's downgrade): the bundle names it
        decision = Messages.find(locale, "history.decision." + value).orElse(value);
      }
    } else if (detail != null && detail.startsWith(MEMBER)) {
      // the person named or released (incident headquarters), by name
      String member = staff.displayName(detail.substring(MEMBER.length()));
      note = note == null ? member : note + " / " + member;
    } else if (detail != null && !detail.isBlank() && !detail.startsWith(HANDED_TO)) {
      note = note == null ? detail : note + " / " + detail;
    }
    return new HistoryEntry(at, actor, "decision", subject(entry, task, locale), note, decision,
        asWritten(entry, task, locale));
  }

  /** Whom a task went to: the person it was given to, or the roles that may take it. */
  private String holders(String taskId, Locale locale) {
    List<String> names = new ArrayList<>();
    for (HistoricIdentityLinkLog link : historyService.createHistoricIdentityLinkLogQuery().taskId(taskId)
        .type(IdentityLinkType.CANDIDATE).operationType("add").list()) {
      String name = link.getGroupId() != null
          ? Role.ofGroupId(link.getGroupId())
              .map(r -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? r.nameEn() : r.nameJa())
              .orElse(link.getGroupId())
          : staff.displayName(link.getUserId());
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? null : Messages.text(locale, "history.for", String.join("、", names));
  }

  /**
   * MariaDB keeps Camunda's times to the second, the audit trail's to the microsecond: within one second the
   * natural order of a case decides (started, task created, comment, decision, task completed, ended).
   */
  private static final List<String> NATURAL_ORDER =
      List.of("started", "taskCreated", "comment", "delegated", "decision", "taskCompleted", "ended");

  private static final Comparator<HistoryEntry> IN_TIME_ORDER = Comparator
      .comparing((HistoryEntry e) -> e.at().toInstant().truncatedTo(ChronoUnit.SECONDS))
      .thenComparing(e -> NATURAL_ORDER.indexOf(e.kind()));
}
