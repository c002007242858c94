package jp.mamori.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A recurrence prevention measure with its owner and due date. */
@Entity
@Table(name = "incident_measure")
public class Measure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false)
  private Long incidentId;

  @Column(nullable = false)
  private String measure;

  @Column(nullable = false)
  private String owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  protected Measure() {}

  Measure(Long incidentId, String measure, String owner, LocalDate dueDate) {
    this.incidentId = incidentId;
    this.measure = measure;
    this.owner = owner;
    this.dueDate = dueDate;
  }

  public String getMeasure() {
    return measure;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }
}
