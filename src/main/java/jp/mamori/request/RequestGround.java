package jp.mamori.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The grounds on which a request is refused in whole or in part, each of one article, and the kinds of request it
 * may answer. Labels are in the bundles ({@code request.ground.a27_2_1}); the letters print them.
 */
public enum RequestGround {
  /** 第27条2(1): harm to the life, body, property or other rights of the patient or a third party. */
  A27_2_1("a27_2_1", EnumSet.of(RequestKind.DISCLOSURE)),
  /** 第27条2(2): serious hindrance to the hospital's proper operation. */
  A27_2_2("a27_2_2", EnumSet.of(RequestKind.DISCLOSURE)),
  /** 第27条2(3): disclosure would break another law. */
  A27_2_3("a27_2_3", EnumSet.of(RequestKind.DISCLOSURE)),
  /** 第28条2(1): no correction needed for the purpose of use. */
  A28_2_1("a28_2_1", EnumSet.of(RequestKind.CORRECTION)),
  /** 第28条2(2): the error pointed out is not one. */
  A28_2_2("a28_2_2", EnumSet.of(RequestKind.CORRECTION)),
  /** 第28条2(3): the data is an evaluation, not a fact. */
  A28_2_3("a28_2_3", EnumSet.of(RequestKind.CORRECTION)),
  /** 第29条1・2: the request is not found proper (no use, acquisition or provision against the regulation). */
  A29_NOT_PROPER("a29_notProper", EnumSet.of(RequestKind.SUSPENSION, RequestKind.STOP_PROVISION)),
  /** 第29条 ただし書: a replacing measure protects the person's rights instead; the measure is required. */
  A29_PROVISO("a29_proviso", EnumSet.of(RequestKind.SUSPENSION, RequestKind.STOP_PROVISION)),
  /** Keio 17-3(1): the purpose is evident. */
  K17_3_1("k17_3_1", EnumSet.of(RequestKind.PURPOSES)),
  /** Keio 17-3(2): one of the cases in which disclosure may be withheld. */
  K17_3_2("k17_3_2", EnumSet.of(RequestKind.PURPOSES));

  private final String value;
  private final Set<RequestKind> kinds;

  RequestGround(String value, Set<RequestKind> kinds) {
    this.value = value;
    this.kinds = kinds;
  }

  public String value() {
    return value;
  }

  public boolean answers(RequestKind kind) {
    return kinds.contains(kind);
  }

  public boolean needsReplacingMeasure() {
    return this == A29_PROVISO;
  }

  public String labelKey() {
    return "request.ground." + value;
  }

  public static Optional<RequestGround> of(Object value) {
    return Arrays.stream(values()).filter(g -> g.value.equals(value)).findFirst();
  }
}
