package jp.mamori.incident;

import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;

/** The two reports to the Personal Information Protection Commission: 速報 (preliminary) and 確報 (final). */
public enum PpcReportKind {
  PRELIMINARY, FINAL;

  /** Its name in the records and the reports to the PPC (Japanese; bundle key {@code incident.ppc.<NAME>}). */
  public String label() {
    return Messages.notice("incident.ppc." + name());
  }

  /** Its name as an argument of a stored line, put into the reader's language (ADR 0032). */
  public StoredText.Arg labelArg() {
    return StoredText.message("incident.ppc." + name());
  }
}
