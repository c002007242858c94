package jp.mamori.incident;

import java.time.Instant;

/**
 * An open incident as the dashboard shows it: its case, status, when the hospital became aware, and the deadlines
 * of the reports to the PPC (null when not reportable or not yet decided) with whether each has passed unreported.
 */
public record OpenIncident(String caseKey, IncidentStatus status, Instant awareAt, Boolean reportable,
    Instant preliminaryDueAt, boolean preliminaryOverdue, Instant finalDueAt, boolean finalOverdue) {

  public boolean overdue() {
    return preliminaryOverdue || finalOverdue;
  }
}
