package jp.mamori.incident;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A recurrence prevention measure with its owner and due date. */
@Table("incident_measure")
public class Measure {

  @Id
  private Long id;

  @Column("incident_id")
  private Long incidentId;

  private String measure;

  private String owner;

  @Column("due_date")
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
