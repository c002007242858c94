package jp.mamori.incident;

/** The two reports to the Personal Information Protection Commission: 速報 (preliminary) and 確報 (final). */
public enum PpcReportKind {
  PRELIMINARY("速報"), FINAL("確報");

  private final String label;

  PpcReportKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
