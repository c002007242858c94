package jp.mamori.notification;

import java.time.Instant;
import java.util.Locale;
import jp.mamori.storage.NewRow;
import jp.mamori.web.StoredText;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A message to one member of staff, shown in the app and copied by e-mail. */
@Table
public class Notification {

  @Id
  private Long id;

  private String recipient;

  @Column("created_at")
  private Instant createdAt;

  private String title;

  private String body;
  private String link;

  /** The case the notice is about (its page: /case.xhtml?id=…), or null. */
  @Column("process_instance_id")
  private String processInstanceId;

  /** The title and body as key and arguments (ADR 0032); null on rows written before, which show their words. */
  @Column("title_key")
  private String titleKey;

  @Column("title_args")
  private String titleArgs;

  @Column("body_key")
  private String bodyKey;

  @Column("body_args")
  private String bodyArgs;

  @Column("read_at")
  private Instant readAt;

  @Column("mail_status")
  private MailStatus mailStatus;

  protected Notification() {}

  Notification(String recipient, Instant createdAt, String title, String body, String link, MailStatus mailStatus) {
    this.recipient = recipient;
    this.createdAt = createdAt;
    this.title = title;
    this.body = body;
    this.link = link;
    this.mailStatus = mailStatus;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** For pages: Faces' date converter formats java.util.Date only. */
  public java.util.Date getCreatedDate() {
    return java.util.Date.from(createdAt);
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  /** The title as kept: a key and its arguments, or null (a row written before keys were kept). */
  public StoredText titleText() {
    return StoredText.read(titleKey, titleArgs);
  }

  public StoredText bodyText() {
    return StoredText.read(bodyKey, bodyArgs);
  }

  /** The title in a language: from its key, or the words it was stored with. */
  public String titleIn(Locale locale) {
    return StoredText.inWords(titleText(), title, locale);
  }

  public String bodyIn(Locale locale) {
    return StoredText.inWords(bodyText(), body, locale);
  }

  void keep(StoredText title, StoredText body) {
    if (title != null) {
      this.titleKey = title.key();
      this.titleArgs = title.argsJson();
    }
    if (body != null) {
      this.bodyKey = body.key();
      this.bodyArgs = body.argsJson();
    }
  }

  /**
   * The notice as a new row: a new task tells every member of its role, so notices are written with a plain insert
   * ({@link NewRow}); the repository reads and updates them.
   */
  NewRow newRow() {
    return NewRow.into("notification")
        .set("recipient", recipient)
        .set("created_at", createdAt)
        .set("title", title)
        .set("body", body)
        .set("link", link)
        .set("process_instance_id", processInstanceId)
        .set("title_key", titleKey)
        .set("title_args", titleArgs)
        .set("body_key", bodyKey)
        .set("body_args", bodyArgs)
        .set("read_at", readAt)
        .set("mail_status", mailStatus);
  }

  /** The id the database chose for a new notice (the mail after commit reads it by that id). */
  Notification stored(long id) {
    this.id = id;
    return this;
  }

  String titleKey() {
    return titleKey;
  }

  String titleArgs() {
    return titleArgs;
  }

  String bodyKey() {
    return bodyKey;
  }

  String bodyArgs() {
    return bodyArgs;
  }

  void aboutCase(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public MailStatus getMailStatus() {
    return mailStatus;
  }
}
