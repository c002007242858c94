package jp.mamori.audit;

/** 第36条 asks for an audit at least once a year; a second one of the same fiscal year is refused. */
public class AuditYearTaken extends RuntimeException {

  private final int year;
  private final String existingCaseKey;

  AuditYearTaken(int year, String existingCaseKey) {
    super("the audit of fiscal year " + year + " is " + existingCaseKey);
    this.year = year;
    this.existingCaseKey = existingCaseKey;
  }

  public int year() {
    return year;
  }

  public String existingCaseKey() {
    return existingCaseKey;
  }
}
