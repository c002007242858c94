package jp.mamori.notification;

import jp.mamori.storage.NewRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * New notices written with a plain insert, not the repository's save: a new task tells every member of its role
 * ({@link NewRow}). The repository still reads and updates them.
 */
@Component
class NoticeRows {

  private final JdbcTemplate jdbc;

  NoticeRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the notice and gives it the id the database chose (the mail after commit reads it by that id). */
  Notification insert(Notification notice) {
    notice.stored(NewRow.into("notification")
        .set("recipient", notice.getRecipient())
        .set("created_at", notice.getCreatedAt())
        .set("title", notice.getTitle())
        .set("body", notice.getBody())
        .set("link", notice.getLink())
        .set("process_instance_id", notice.getProcessInstanceId())
        .set("title_key", notice.titleKey())
        .set("title_args", notice.titleArgs())
        .set("body_key", notice.bodyKey())
        .set("body_args", notice.bodyArgs())
        .set("read_at", notice.getReadAt())
        .set("mail_status", notice.getMailStatus())
        .insert(jdbc));
    return notice;
  }
}
