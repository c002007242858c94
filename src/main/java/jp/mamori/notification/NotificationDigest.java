package jp.mamori.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.UserLanguage;
import jp.mamori.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest (issue #17 item 8): every morning ({@code mamori.notifications.digest-cron}, default 08:00 in
 * Tokyo) one mail per person who chose {@link Delivery#DAILY_DIGEST}, listing the notices held for it since the
 * last one. Urgent notices never wait here ({@link Notifications#isUrgent}). The clock is a parameter, so that a
 * test sends the digest "at 08:00" without waiting for it.
 */
@Component
public class NotificationDigest {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDigest.class);

  private final NotificationRepository repository;
  private final StaffDirectory staff;
  private final NotificationProperties properties;
  private final JavaMailSender mail;
  private final Clock clock;
  private final UserLanguage languages;

  NotificationDigest(NotificationRepository repository, StaffDirectory staff, NotificationProperties properties,
      JavaMailSender mail, Clock clock, UserLanguage languages) {
    this.languages = languages;
    this.repository = repository;
    this.staff = staff;
    this.properties = properties;
    this.mail = mail;
    this.clock = clock;
  }

  @Scheduled(cron = "${mamori.notifications.digest-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
  public void scheduled() {
    send(clock);
  }

  /**
   * Mails every notice held for a digest and made by {@code now}: one mail per recipient.
   *
   * @return how many digests were sent
   */
  @Transactional
  public int send(Clock now) {
    Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
    repository.findByMailStatusAndCreatedAtLessThanEqualOrderByRecipientAscCreatedAtAsc(MailStatus.DIGEST,
            now.instant())
        .forEach(n -> byRecipient.computeIfAbsent(n.getRecipient(), r -> new java.util.ArrayList<>()).add(n));
    int sent = 0;
    for (Map.Entry<String, List<Notification>> digest : byRecipient.entrySet()) {
      MailStatus outcome = mail(digest.getKey(), digest.getValue());
      repository.mailed(digest.getValue().stream().map(Notification::getId).toList(), outcome);
      sent += outcome == MailStatus.SENT ? 1 : 0;
    }
    return sent;
  }

  private MailStatus mail(String recipient, List<Notification> notices) {
    String address = staff.find(recipient).map(StaffMember::email).orElse(null);
    if (address == null || address.isBlank()) {
      return MailStatus.NO_ADDRESS;
    }
    // in the recipient's language (ADR 0032)
    Locale locale = languages.localeOf(recipient);
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(address);
    message.setSubject("[Mamori] " + Messages.text(locale, "notifications.digest.subject", notices.size()));
    StringBuilder text = new StringBuilder(Messages.text(locale, "notifications.digest.intro")).append("\n\n");
    for (Notification n : notices) {
      text.append(Messages.text(locale, "notifications.digest.bullet")).append(n.titleIn(locale)).append("\n");
      if (n.getLink() != null) {
        text.append("  ").append(properties.baseUrl()).append(n.getLink()).append("\n");
      }
    }
    message.setText(text.toString());
    try {
      mail.send(message);
      return MailStatus.SENT;
    } catch (MailException e) {
      LOG.warn("digest to {} failed: {}", recipient, e.getMessage());
      return MailStatus.FAILED;
    }
  }
}
