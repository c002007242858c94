package jp.mamori.storage;

import java.util.Collections;

/** The parameter marks of a statement written by hand for a list of values. */
public final class SqlLists {

  private SqlLists() {}

  /** {@code ?, ?, ?} for three values. */
  public static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
