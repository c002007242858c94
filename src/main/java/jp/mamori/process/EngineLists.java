package jp.mamori.process;

import java.util.ArrayList;
import java.util.List;

/** The engine configuration's lists of custom parts, which are null until a plugin adds the first one. */
public final class EngineLists {

  private EngineLists() {}

  /** A new list: the configured parts (if any) and this one after them. */
  public static <T> List<T> plus(List<T> configured, T added) {
    List<T> parts = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
    parts.add(added);
    return parts;
  }
}
