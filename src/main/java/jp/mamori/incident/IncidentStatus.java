package jp.mamori.incident;

/** Where an incident stands: reported, handled by the headquarters, measures decided, closed or downgraded. */
public enum IncidentStatus {
  REPORTED, RESPONDING, PREVENTION, CLOSED, DOWNGRADED;

  public boolean isOpen() {
    return this == REPORTED || this == RESPONDING || this == PREVENTION;
  }
}
