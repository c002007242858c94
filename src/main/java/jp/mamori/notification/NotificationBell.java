package jp.mamori.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.security.CurrentUser;
import jp.mamori.web.LocaleSelection;
import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** The header's unread count and the notifications page. */
@Component
@RequestScope
public class NotificationBell {

  private final Notifications notifications;
  private final CurrentUser currentUser;
  private final HistoryService historyService;
  private Long unread;
  private List<NoticeGroup> groups;
  private Map<String, String> caseNumbers;

  NotificationBell(Notifications notifications, CurrentUser currentUser, HistoryService historyService) {
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.historyService = historyService;
  }

  public long getUnread() {
    if (unread == null) {
      unread = currentUser.principal().map(p -> notifications.unreadCount(p.userId())).orElse(0L);
    }
    return unread;
  }

  public List<Notification> getLatest() {
    return notifications.latestFor(currentUser.require().userId(), 100);
  }

  /** A notice's title as the reader reads it: from its key in their language, else as stored (ADR 0032). */
  public List<StoredText.Segment> title(Notification notification) {
    return StoredText.shown(notification.titleText(), notification.getTitle(), LocaleSelection.current());
  }

  public List<StoredText.Segment> body(Notification notification) {
    return StoredText.shown(notification.bodyText(), notification.getBody(), LocaleSelection.current());
  }

  /**
   * The latest notifications, one line per case (issue #17 item 8): a case's newest notice stands for its others,
   * with how many there are; notices about no case, and urgent ones (a leak report, PPC deadlines), stay lines of
   * their own so that they are never hidden behind a case's later notices.
   */
  public List<NoticeGroup> getGroups() {
    if (groups == null) {
      Map<String, List<Notification>> byCase = new LinkedHashMap<>();
      for (Notification n : getLatest()) {
        boolean alone = n.getProcessInstanceId() == null || Notifications.isUrgent(n.getTitle());
        String key = alone ? "#" + n.getId() : n.getProcessInstanceId();
        byCase.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
      }
      groups = byCase.values().stream()
          .map(list -> new NoticeGroup(list.get(0), list.size(), list.stream().filter(n -> !n.isRead()).count()))
          .toList();
    }
    return groups;
  }

  /**
   * The number of the case a notice is about, as its link's text: lines of the same kind of notice (「新しいタスク」
   * for several contracts) are told apart by it. The page's case numbers come in one query, ended cases included.
   */
  public String caseNumber(Notification notification) {
    if (caseNumbers == null) {
      Set<String> ids = getGroups().stream().map(g -> g.latest().getProcessInstanceId()).filter(Objects::nonNull)
          .collect(Collectors.toSet());
      caseNumbers = ids.isEmpty() ? Map.of() : historyService.createHistoricProcessInstanceQuery()
          .processInstanceIds(ids).list().stream().filter(p -> p.getBusinessKey() != null)
          .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
    }
    String number = caseNumbers.get(notification.getProcessInstanceId());
    return number != null ? number : Messages.text(LocaleSelection.current(), "notifications.case");
  }

  /** One case's notices: the newest, how many in all, how many unread. */
  public record NoticeGroup(Notification latest, int count, long unread) {
    public int getOthers() {
      return count - 1;
    }
  }

  private Delivery delivery;

  /** The person's choice for the e-mail copies (issue #17 item 8), shown and saved on the notifications page. */
  public Delivery getDelivery() {
    if (delivery == null) {
      delivery = notifications.deliveryOf(currentUser.require().userId());
    }
    return delivery;
  }

  public void setDelivery(Delivery delivery) {
    this.delivery = delivery;
  }

  public Delivery[] getDeliveries() {
    return Delivery.values();
  }

  public void saveDelivery() {
    notifications.chooseDelivery(currentUser.require().userId(), getDelivery());
    Messages.info("notifications.delivery.saved");
  }

  public void markAllRead() {
    notifications.markAllRead(currentUser.require().userId());
    unread = 0L;
    groups = null; // read while the request decoded the table: the page shows them again as they are now
  }
}
