package jp.mamori.ledger;

/**
 * How an entry's records are disposed of when their retention ends (第24条; Keio 37): paper is shredded, dissolved
 * or physically destroyed; electronic media are wiped and then destroyed.
 */
public enum DisposalMethod {
  SHREDDING, DISSOLVING, PHYSICAL_DESTRUCTION, WIPE_AND_DESTROY;

  /** Electronic media: the data are wiped before the medium is destroyed, and both steps are recorded. */
  public boolean electronic() {
    return this == WIPE_AND_DESTROY;
  }

  /** The method a form's or a page's value names, or null when it names none. */
  public static DisposalMethod of(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (DisposalMethod method : values()) {
      if (method.name().equals(value.strip())) {
        return method;
      }
    }
    return null;
  }
}
