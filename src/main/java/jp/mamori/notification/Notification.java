package jp.mamori.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Locale;
import jp.mamori.web.StoredText;

/** A message to one member of staff, shown in the app and copied by e-mail. */
@Entity
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private String title;

  private String body;
  private String link;

  /** The case the notice is about (its page: /case.xhtml?id=…), or null. */
  @Column(name = "process_instance_id")
  private String processInstanceId;

  /** The title and body as key and arguments (ADR 0032); null on rows written before, which show their words. */
  @Column(name = "title_key")
  private String titleKey;

  @Column(name = "title_args")
  private String titleArgs;

  @Column(name = "body_key")
  private String bodyKey;

  @Column(name = "body_args")
  private String bodyArgs;

  @Column(name = "read_at")
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_status", nullable = false)
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

  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  void mailed(MailStatus status) {
    this.mailStatus = status;
  }
}
