package jp.mamori.notification;

import java.util.List;
import java.util.Locale;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.UserLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sends the e-mail copy of a notification once the work that caused it has committed, and records the outcome. */
@Component
class NotificationMailer {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

  private final JavaMailSender mail;
  private final NotificationRepository repository;
  private final StaffDirectory staff;
  private final NotificationProperties properties;
  private final UserLanguage languages;

  NotificationMailer(JavaMailSender mail, NotificationRepository repository, StaffDirectory staff,
      NotificationProperties properties, UserLanguage languages) {
    this.languages = languages;
    this.mail = mail;
    this.repository = repository;
    this.staff = staff;
    this.properties = properties;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void send(Notifications.MailRequested request) {
    repository.findById(request.notificationId()).ifPresent(this::send);
  }

  private void send(Notification notification) {
    String address = staff.find(notification.getRecipient()).map(StaffMember::email).orElse(null);
    if (address == null || address.isBlank()) {
      repository.mailed(List.of(notification.getId()), MailStatus.NO_ADDRESS);
      return;
    }
    // in the language the recipient chose last (ADR 0032), not the sender's
    Locale locale = languages.localeOf(notification.getRecipient());
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(address);
    message.setSubject("[Mamori] " + notification.titleIn(locale));
    message.setText(textOf(notification, locale));
    try {
      mail.send(message);
      repository.mailed(List.of(notification.getId()), MailStatus.SENT);
    } catch (MailException e) {
      // the in-app notification stands; the failure is visible on the row and in the log
      LOG.warn("mail to {} for notification {} failed: {}", notification.getRecipient(), notification.getId(),
          e.getMessage());
      repository.mailed(List.of(notification.getId()), MailStatus.FAILED);
    }
  }

  private String textOf(Notification notification, Locale locale) {
    StringBuilder text = new StringBuilder();
    if (notification.getBody() != null) {
      text.append(notification.bodyIn(locale)).append("\n\n");
    }
    if (notification.getLink() != null) {
      text.append(properties.baseUrl()).append(notification.getLink()).append("\n");
    }
    return text.toString();
  }
}
