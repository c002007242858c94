package jp.mamori.request;

import java.util.Arrays;
import java.util.Optional;

/** What the person asks for, with the form's value and the article it stands on. */
public enum RequestKind {
  /** 第27条, 別紙5. */
  DISCLOSURE("disclosure"),
  /** 第28条: correction, addition or deletion. */
  CORRECTION("correction"),
  /** 第29条1, 別紙9: suspension of use or erasure. */
  SUSPENSION("suspension"),
  /** 第29条2, 別紙9 (Keio 25): stop of third-party provision. */
  STOP_PROVISION("stopProvision"),
  /** Keio 17: notice of the purposes of use. */
  PURPOSES("purposes");

  private final String value;

  RequestKind(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** The message key of its label ({@code request.kind.disclosure}). */
  public String labelKey() {
    return "request.kind." + value;
  }

  /** An accepted request of this kind is carried out on the data by the entries' information managers. */
  public boolean carriedOutOnData() {
    return this == CORRECTION || this == SUSPENSION || this == STOP_PROVISION;
  }

  public static Optional<RequestKind> of(Object value) {
    return Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst();
  }
}
