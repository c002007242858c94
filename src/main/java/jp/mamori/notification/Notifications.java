package jp.mamori.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import jp.mamori.organization.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
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

  Notifications(NotificationRepository repository, StaffDirectory staff, NotificationProperties properties,
      ApplicationEventPublisher events, Clock clock, NoticeCases cases) {
    this.cases = cases;
    this.repository = repository;
    this.staff = staff;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public List<Notification> toUsers(Collection<String> userIds, String title, String body, String link) {
    String caseId = cases.of(link).orElse(null);
    List<Notification> created = new LinkedHashSet<>(userIds).stream()
        .map(userId -> {
          Notification notification = new Notification(userId, clock.instant(), title, body, link,
              properties.mailEnabled() ? MailStatus.PENDING : MailStatus.DISABLED);
          notification.aboutCase(caseId);
          return repository.save(notification);
        })
        .toList();
    created.stream().filter(n -> n.getMailStatus() == MailStatus.PENDING)
        .forEach(n -> events.publishEvent(new MailRequested(n.getId())));
    return created;
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
    repository.findById(notificationId).filter(n -> n.getRecipient().equals(userId))
        .ifPresent(n -> n.markRead(clock.instant()));
  }

  @Transactional
  public void markAllRead(String userId) {
    repository.findByRecipientOrderByCreatedAtDesc(userId, PageRequest.of(0, 500))
        .forEach(n -> n.markRead(clock.instant()));
  }

  /** Published inside the transaction, handled after commit by {@link NotificationMailer}. */
  record MailRequested(long notificationId) {}
}
