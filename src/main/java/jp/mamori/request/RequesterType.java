package jp.mamori.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may ask (第32条1; Keio 30), and the documents the desk must have seen for each (第32条2): everyone's identity;
 * a legal representative's relation to the patient; an agent's power of attorney.
 */
public enum RequesterType {
  PATIENT("patient", EnumSet.of(SeenDocument.IDENTITY)),
  LEGAL_REPRESENTATIVE("legalRepresentative", EnumSet.of(SeenDocument.IDENTITY, SeenDocument.REPRESENTATION)),
  AGENT("agent", EnumSet.of(SeenDocument.IDENTITY, SeenDocument.POWER_OF_ATTORNEY));

  private final String value;
  private final Set<SeenDocument> required;

  RequesterType(String value, Set<SeenDocument> required) {
    this.value = value;
    this.required = required;
  }

  public String value() {
    return value;
  }

  public Set<SeenDocument> requiredDocuments() {
    return required;
  }

  /** Someone asks for the patient: the patient's own will may be confirmed (Keio 30-3). */
  public boolean actsForThePatient() {
    return this != PATIENT;
  }

  public String labelKey() {
    return "request.requester." + value;
  }

  public static Optional<RequesterType> of(Object value) {
    return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
  }

  /** The documents a requester can show (第32条2); recorded by type, never copied. */
  public enum SeenDocument {
    IDENTITY("identity"), REPRESENTATION("representation"), POWER_OF_ATTORNEY("powerOfAttorney");

    private final String value;

    SeenDocument(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }

    public String labelKey() {
      return "request.document." + value;
    }

    public static Optional<SeenDocument> of(Object value) {
      return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
    }
  }
}
