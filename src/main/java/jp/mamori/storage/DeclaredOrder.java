package jp.mamori.storage;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.domain.SqlSort;

/**
 * Sorts a column that stores an enum's names in the order the enum declares (a contractor's standing, the paragraphs
 * of an article), not by the spelling of the stored names, while the list still pages in the database (ADR 0071).
 */
public final class DeclaredOrder {

  private DeclaredOrder() {}

  /**
   * An order-by {@code case column when 'FIRST' then 0 ... end}. Made from the enum's constants and a column name the
   * caller writes in its code, never from input: that is what makes {@link SqlSort#unsafe} safe here. Names the enum
   * does not declare sort as null.
   */
  public static <E extends Enum<E>> Sort of(Class<E> kind, String column, Sort.Direction direction) {
    String rank = Arrays.stream(kind.getEnumConstants())
        .map(constant -> "when '" + constant.name() + "' then " + constant.ordinal())
        .collect(Collectors.joining(" ", "case " + column + " ", " end"));
    return SqlSort.unsafe(direction, rank);
  }
}
