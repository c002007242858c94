package jp.mamori.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface NotificationRepository extends ListCrudRepository<Notification, Long> {
  List<Notification> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  List<Notification> findByMailStatus(MailStatus status);

  List<Notification> findByMailStatusAndCreatedAtLessThanEqualOrderByRecipientAscCreatedAtAsc(MailStatus status,
      java.time.Instant until);

  boolean existsByRecipientAndProcessInstanceId(String recipient, String processInstanceId);

  /** One notice read by its recipient: the field alone, so a mail's outcome written meanwhile stays. */
  @Modifying
  @Transactional
  @Query("update notification set read_at = :at where id = :id and recipient = :recipient and read_at is null")
  int read(@Param("id") long id, @Param("recipient") String recipient, @Param("at") Instant at);

  /** Every unread notice of the recipient, however many: read now, in one statement. */
  @Modifying
  @Transactional
  @Query("update notification set read_at = :at where recipient = :recipient and read_at is null")
  int readAll(@Param("recipient") String recipient, @Param("at") Instant at);

  /** The recipient's unread notices that point to this page: read now (the fields alone, like the mail's outcome). */
  @Modifying
  @Transactional
  @Query("update notification set read_at = :at where recipient = :recipient and link = :link and read_at is null")
  int readOn(@Param("recipient") String recipient, @Param("link") String link, @Param("at") Instant at);

  /** Every recipient's unread notices that point to this page (a task done): read now (index on the link). */
  @Modifying
  @Transactional
  @Query("update notification set read_at = :at where link = :link and read_at is null")
  int readByEveryone(@Param("link") String link, @Param("at") Instant at);

  /** The recipient's unread notices about several tasks of this case (pointing to the task list): read now. */
  @Modifying
  @Transactional
  @Query("update notification set read_at = :at where recipient = :recipient and process_instance_id = :caseId"
      + " and link = '" + TaskLink.TASK_LIST + "' and read_at is null")
  int readTaskListNotices(@Param("recipient") String recipient, @Param("caseId") String processInstanceId,
      @Param("at") Instant at);

  /** The recipient's unread notices whose only page is this case's (no task of their own): read now. */
  @Modifying
  @Transactional
  @Query("update notification set read_at = :at where recipient = :recipient and process_instance_id = :caseId"
      + " and link is null and read_at is null")
  int readOnCase(@Param("recipient") String recipient, @Param("caseId") String processInstanceId,
      @Param("at") Instant at);

  /** The mail's outcome alone: a whole-row save could undo a "read" set meanwhile by the recipient. */
  @Modifying
  @Transactional // a query method has no transaction of its own, and the pool is out of auto-commit (ADR 0047)
  @Query("update notification set mail_status = :status where id in (:ids)")
  void mailed(@Param("ids") Collection<Long> ids, @Param("status") MailStatus status);
}
