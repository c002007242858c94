package jp.mamori.notification;

import java.sql.PreparedStatement;
import java.sql.Statement;
import jp.mamori.storage.UtcColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * New notices written with a plain insert, not the repository's save: a new task tells every member of its role, and
 * a save maps the entity anew each time (about 1.5 % of a case's CPU per notice, docs/benchmarks.md). Instants are
 * written as the repository writes them, as UTC wall times (ADR 0044); the repository still reads and updates them.
 */
@Component
class NoticeRows {

  private static final String INSERT = "insert into notification (recipient, created_at, title, body, link,"
      + " process_instance_id, title_key, title_args, body_key, body_args, read_at, mail_status)"
      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;

  NoticeRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the notice and gives it the id the database chose (the mail after commit reads it by that id). */
  Notification insert(Notification notice) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
      insert.setString(1, notice.getRecipient());
      insert.setTimestamp(2, UtcColumns.timestamp(notice.getCreatedAt()));
      insert.setString(3, notice.getTitle());
      insert.setString(4, notice.getBody());
      insert.setString(5, notice.getLink());
      insert.setString(6, notice.getProcessInstanceId());
      insert.setString(7, notice.titleKey());
      insert.setString(8, notice.titleArgs());
      insert.setString(9, notice.bodyKey());
      insert.setString(10, notice.bodyArgs());
      insert.setTimestamp(11, UtcColumns.timestamp(notice.getReadAt()));
      insert.setString(12, notice.getMailStatus().name());
      return insert;
    }, key);
    notice.stored(key.getKey().longValue());
    return notice;
  }
}
