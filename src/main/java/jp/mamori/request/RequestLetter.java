package jp.mamori.request;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A reply letter as it was sent (PDF), kept with the request so that it can be printed again unchanged. */
@Table("patient_request_letter")
public class RequestLetter {

  @Id
  private Long id;
  @Column("request_id")
  private Long requestId;
  private String template;
  @Column("created_at")
  private Instant createdAt;
  private byte[] pdf;

  protected RequestLetter() {}

  RequestLetter(Long requestId, String template, Instant createdAt, byte[] pdf) {
    this.requestId = requestId;
    this.template = template;
    this.createdAt = createdAt;
    this.pdf = pdf;
  }

  public Long getId() { return id; }
  public Long getRequestId() { return requestId; }
  public String getTemplate() { return template; }
  public Instant getCreatedAt() { return createdAt; }
  public byte[] getPdf() { return pdf; }
}
