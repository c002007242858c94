package jp.mamori.tasks;

import java.util.List;
import java.util.Set;
import jp.mamori.notification.Notifications;
import jp.mamori.security.CaseReaders;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open a case's page (need to know, docs/security.md): the person who filed it, everyone who held or
 * could take one of its tasks (assignee, owner, a candidate by name or by role at the time), everyone who acted on
 * it on any channel (the audit trail), the people the case names as its readers ({@link CaseReaders}, e.g. an
 * incident's headquarters), and those its glue notified about it. Nobody else, whatever their role: a role's rights over Cockpit are not a reason to
 * read a patient's case here.
 */
@Service
public class CaseAccess {

  private final HistoryService historyService;
  private final CaseReaders readers;
  private final AuditTrail trail;
  private final Notifications notifications;

  CaseAccess(HistoryService historyService, CaseReaders readers, AuditTrail trail, Notifications notifications) {
    this.notifications = notifications;
    this.historyService = historyService;
    this.readers = readers;
    this.trail = trail;
  }

  @Transactional(readOnly = true)
  public boolean mayRead(StaffPrincipal user, String processInstanceId) {
    if (processInstanceId == null) {
      return false;
    }
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return false;
    }
    String me = user.userId();
    if (me.equals(instance.getStartUserId())) {
      return true;
    }
    List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).list();
    if (tasks.stream().anyMatch(t -> me.equals(t.getAssignee()) || me.equals(t.getOwner()))) {
      return true;
    }
    Set<String> groups = Set.copyOf(user.groupIds());
    for (HistoricTaskInstance task : tasks) {
      for (HistoricIdentityLinkLog link : historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
          .list()) {
        if (me.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
          return true;
        }
      }
    }
    if (trail.ofCase(processInstanceId).stream().anyMatch(e -> me.equals(e.getActor()))) {
      return true;
    }
    // the case's glue chose to tell them (e.g. the director hears of every outsourcing intent, 第25条1)
    return readers.isReader(processInstanceId, me) || notifications.wasToldAbout(me, processInstanceId);
  }
}
