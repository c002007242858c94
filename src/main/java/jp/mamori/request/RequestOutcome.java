package jp.mamori.request;

import java.util.Arrays;
import java.util.Optional;

/** The decision on a request: in full, in part (with a ground), or refused (with a ground). */
public enum RequestOutcome {
  FULL("full"), PARTIAL("partial"), REFUSAL("refusal");

  private final String value;

  RequestOutcome(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public boolean needsGround() {
    return this != FULL;
  }

  public String labelKey() {
    return "request.outcome." + value;
  }

  public static Optional<RequestOutcome> of(Object value) {
    return Arrays.stream(values()).filter(o -> o.value.equals(value)).findFirst();
  }
}
