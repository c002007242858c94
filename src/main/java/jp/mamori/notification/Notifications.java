package jp.mamori.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import jp.mamori.web.StoredText;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.web.Messages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells staff that something needs them: an in-app notification in the caller's transaction, and an e-mail copy
 * sent only after that transaction commits (so no mail goes out for work that was rolled back).
 */
@Service
public class Notifications {

  private final NotificationRepository repository;
  private final StaffDirectory staff;
  private final NotificationProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final NoticeCases cases;
  private final NotificationPreferenceRepository preferences;
  private final JdbcTemplate jdbc;

  Notifications(NotificationRepository repository, StaffDirectory staff, NotificationProperties properties,
      ApplicationEventPublisher events, Clock clock, NoticeCases cases,
      NotificationPreferenceRepository preferences, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.preferences = preferences;
    this.repository = repository;
    this.staff = staff;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A notice composed of words (a text someone wrote, or a caller not yet keeping keys): every reader sees these
   * words. Prefer {@link #toUsers(Collection, StoredText, StoredText, String)}.
   */
  @Transactional
  public List<Notification> toUsers(Collection<String> userIds, String title, String body, String link) {
    return create(userIds, title, body, null, null, link, cases.of(link).orElse(null));
  }

  /**
   * A notice kept as message keys and arguments (ADR 0032): each recipient reads it in their own language, on the
   * page and in the e-mail; the Japanese words are stored too (the records' language).
   */
  @Transactional
  public List<Notification> toUsers(Collection<String> userIds, StoredText title, StoredText body, String link) {
    return aboutCase(cases.of(link).orElse(null), userIds, title, body, link);
  }

  /** Everyone who holds the role (Camunda group) at this moment. */
  @Transactional
  public List<Notification> toRole(String groupId, StoredText title, StoredText body, String link) {
    return toUsers(staff.memberIdsOf(groupId), title, body, link);
  }

  /**
   * A notice about a case the sender knows (the new-task notices, sent as the transaction commits, when no model is
   * running): the case is not looked up from the link.
   */
  @Transactional
  public List<Notification> aboutCase(String caseId, Collection<String> userIds, StoredText title, StoredText body,
      String link) {
    return create(userIds, title.text(Locale.JAPANESE), body == null ? null : body.text(Locale.JAPANESE), title,
        body, link, caseId);
  }

  /** {@link #aboutCase} to everyone who holds the role at this moment. */
  @Transactional
  public List<Notification> aboutCaseToRole(String caseId, String groupId, StoredText title, StoredText body,
      String link) {
    return aboutCase(caseId, staff.memberIdsOf(groupId), title, body, link);
  }

  private List<Notification> create(Collection<String> userIds, String title, String body, StoredText titleText,
      StoredText bodyText, String link, String caseId) {
    List<Notification> created = new LinkedHashSet<>(userIds).stream()
        .map(userId -> {
          Notification notification = new Notification(userId, clock.instant(), title, body, link,
              mailStatusFor(userId, title));
          notification.aboutCase(caseId);
          notification.keep(titleText, bodyText);
          return notification.stored(notification.newRow().insert(jdbc));
        })
        .toList();
    created.stream().filter(n -> n.getMailStatus() == MailStatus.PENDING)
        .forEach(n -> events.publishEvent(new MailRequested(n.getId())));
    return created;
  }

  /**
   * At once, unless the person chose the daily digest and the notice is not urgent (issue #17 item 8): a leak
   * report or a PPC deadline is never held until the next morning.
   */
  private MailStatus mailStatusFor(String userId, String title) {
    if (!properties.mailEnabled()) {
      return MailStatus.DISABLED;
    }
    return !isUrgent(title) && deliveryOf(userId) == Delivery.DAILY_DIGEST ? MailStatus.DIGEST : MailStatus.PENDING;
  }

  /** A notice whose title starts with one of the urgent marks (【緊急】, 【至急】, …; bundle notifications.urgentMarks). */
  public static boolean isUrgent(String title) {
    if (title == null) {
      return false;
    }
    for (String mark : Messages.notice("notifications.urgentMarks").split(",")) {
      if (!mark.isBlank() && title.startsWith(mark.strip())) {
        return true;
      }
    }
    return false;
  }

  @Transactional(readOnly = true)
  public Delivery deliveryOf(String userId) {
    return preferences.findById(userId).map(NotificationPreference::getDelivery).orElse(Delivery.IMMEDIATE);
  }

  /** The person's own choice; who chooses comes from the login. */
  @Transactional
  public void chooseDelivery(String userId, Delivery delivery) {
    NotificationPreference preference = preferences.findById(userId).map(p -> {
      p.choose(delivery, clock.instant());
      return p;
    }).orElseGet(() -> new NotificationPreference(userId, delivery, clock.instant()));
    preferences.save(preference);
  }

  /** Everyone who holds the role (Camunda group) at this moment. */
  @Transactional
  public List<Notification> toRole(String groupId, String title, String body, String link) {
    return toUsers(staff.memberIdsOf(groupId), title, body, link);
  }

  @Transactional(readOnly = true)
  public List<Notification> latestFor(String userId, int max) {
    return repository.findByRecipientOrderByCreatedAtDesc(userId, PageRequest.of(0, max));
  }

  @Transactional(readOnly = true)
  public long unreadCount(String userId) {
    return repository.countByRecipientAndReadAtIsNull(userId);
  }

  /** Whether the person was told about the case (the case page lets them read it). */
  @Transactional(readOnly = true)
  public boolean wasToldAbout(String userId, String processInstanceId) {
    return repository.existsByRecipientAndProcessInstanceId(userId, processInstanceId);
  }

  /** Only the recipient can mark their own notification read. */
  @Transactional
  public void markRead(String userId, long notificationId) {
    repository.read(notificationId, userId, clock.instant());
  }

  /**
   * The person opened the page their notices point to (a task's): those notices are read, as a mail is once opened,
   * whether they came through the notice, the task list or the mail's link.
   */
  @Transactional
  public void opened(String userId, String link) {
    repository.readOn(userId, link, clock.instant());
  }

  /**
   * The person opened a case's page: their notices about the case that point nowhere else (an outcome, a reply, not
   * a task to do) are read. A notice about one of the case's tasks stays unread until that task is opened.
   */
  @Transactional
  public void openedCase(String userId, String processInstanceId) {
    repository.readOnCase(userId, processInstanceId, clock.instant());
  }

  /**
   * The task was completed (by one of its role's members, on any channel) or deleted with its case: every notice
   * about it is read, for each recipient, so that the colleagues' bell does not count work done by another.
   */
  @Transactional
  public void taskDone(String taskId) {
    repository.readByEveryone(TaskLink.of(taskId), clock.instant());
  }

  /**
   * The last of the person's tasks in a case that one notice stood for together (an audit's self-checks, one per
   * ledger entry) is done: that notice is read.
   */
  @Transactional
  public void lastOfTheirTasksDone(String userId, String processInstanceId) {
    repository.readTaskListNotices(userId, processInstanceId, clock.instant());
  }

  /** Every unread notice of the person, not only those a page shows. */
  @Transactional
  public void markAllRead(String userId) {
    repository.readAll(userId, clock.instant());
  }

  /** Published inside the transaction, handled after commit by {@link NotificationMailer}. */
  record MailRequested(long notificationId) {}
}
