package jp.mamori.request;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply letter as it was sent (PDF), kept with the request so that it can be printed again unchanged. */
@Entity
@Table(name = "patient_request_letter")
public class RequestLetter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "request_id", nullable = false)
  private Long requestId;
  @Column(nullable = false)
  private String template;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, columnDefinition = "longblob")
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
