package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jp.mamori.process.WrappedCause;
import jp.mamori.web.ActionRefused;

/** A rule's refusal through the Java API, as its message key: the engine may wrap it. */
final class Refusals {

  private Refusals() {}

  static String refusal(Runnable change) {
    Throwable thrown = catchThrowable(change::run);
    assertThat(thrown).as("refused").isNotNull();
    return WrappedCause.find(thrown, ActionRefused.class).map(ActionRefused::messageKey)
        .orElseThrow(() -> new AssertionError("not the rule's refusal", thrown));
  }
}
