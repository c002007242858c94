package jp.mamori.incident;

import jp.mamori.web.Messages;

/** The two reports to the Personal Information Protection Commission: 速報 (preliminary) and 確報 (final). */
public enum PpcReportKind {
  PRELIMINARY, FINAL;

  /** Its name in the records and the reports to the PPC (Japanese; bundle key {@code incident.ppc.<NAME>}). */
  public String label() {
    return Messages.notice("incident.ppc." + name());
  }
}
