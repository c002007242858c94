package jp.mamori.provision.registry;

/** On what a provision rests (第26条): within the purposes of use (1項), the patient's consent (2項), an exception (2項各号). */
public enum Basis {
  PURPOSE, CONSENT, EXCEPTION;

  /** The form's value ({@code purpose}, {@code consent}, {@code exception}), or null when it is none of them. */
  public static Basis ofFormValue(String value) {
    if (value == null) {
      return null;
    }
    for (Basis basis : values()) {
      if (basis.name().equalsIgnoreCase(value)) {
        return basis;
      }
    }
    return null;
  }
}
