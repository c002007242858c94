package jp.mamori.process;

import java.util.Optional;

/** The engine wraps what listeners and delegates throw; this finds the exception the app meant. */
public final class WrappedCause {

  private WrappedCause() {}

  public static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
