package jp.mamori.process;

import java.util.Optional;
import java.util.function.Predicate;

/** The engine wraps what listeners and delegates throw; this finds the exception the app meant. */
public final class WrappedCause {

  private WrappedCause() {}

  public static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
    return first(thrown, type::isInstance).map(type::cast);
  }

  /** Whether the exception or one of its causes is such. */
  public static boolean any(Throwable thrown, Predicate<Throwable> such) {
    return first(thrown, such).isPresent();
  }

  private static Optional<Throwable> first(Throwable thrown, Predicate<Throwable> such) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (such.test(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
