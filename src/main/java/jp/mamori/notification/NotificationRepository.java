package jp.mamori.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {
  List<Notification> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  List<Notification> findByMailStatus(MailStatus status);

  List<Notification> findByMailStatusAndCreatedAtLessThanEqualOrderByRecipientAscCreatedAtAsc(MailStatus status,
      java.time.Instant until);

  boolean existsByRecipientAndProcessInstanceId(String recipient, String processInstanceId);
}
