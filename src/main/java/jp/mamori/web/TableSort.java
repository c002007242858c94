package jp.mamori.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import jp.mamori.storage.DeclaredOrder;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.domain.SqlSort;

/**
 * How a table paged in the database sorts: by the column the user chose, when the table declares it sortable, then
 * by the table's own order, so that rows of equal value keep one order from page to page. The field name comes from
 * the request: a column not declared here is ignored and the table keeps its own order (ADR 0071).
 */
public final class TableSort {

  private final Sort tableOrder;
  private final Map<String, Function<Sort.Direction, Sort>> columns;

  private TableSort(Sort tableOrder, Map<String, Function<Sort.Direction, Sort>> columns) {
    this.tableOrder = tableOrder;
    this.columns = columns;
  }

  /** A table in this order when no known column is chosen, and within equal values of a chosen one. */
  public static TableSort thenBy(Sort tableOrder) {
    return new TableSort(tableOrder, Map.of());
  }

  /** Columns sorted by their property's value. */
  public TableSort columns(String... properties) {
    TableSort sort = this;
    for (String property : properties) {
      sort = sort.with(property, direction -> Sort.by(direction, property));
    }
    return sort;
  }

  /**
   * A column storing an enum's names (its property and column of one name), sorted in the order the enum declares —
   * a standing, the paragraphs of an article — not by the spelling of the names.
   */
  public <E extends Enum<E>> TableSort inDeclaredOrder(String property, Class<E> kind) {
    return with(property, direction -> DeclaredOrder.of(kind, property, direction));
  }

  /**
   * A column sorted by an SQL expression over its row's columns (a text in the page's language, falling back to
   * another). The expression is written in the caller's code, never taken from input: that makes
   * {@link SqlSort#unsafe} safe here.
   */
  public TableSort expression(String property, String sqlExpression) {
    return with(property, direction -> SqlSort.unsafe(direction, sqlExpression));
  }

  /** The order to page by for the table's sort state. */
  public Sort order(Map<String, SortMeta> sortBy) {
    SortMeta chosen = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
    Function<Sort.Direction, Sort> column = chosen == null ? null : columns.get(chosen.getField());
    if (column == null) {
      return tableOrder;
    }
    Sort.Direction direction = chosen.getOrder() == SortOrder.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC;
    return column.apply(direction)
        .and(Sort.by(tableOrder.filter(order -> !order.getProperty().equals(chosen.getField())).toList()));
  }

  private TableSort with(String property, Function<Sort.Direction, Sort> column) {
    Map<String, Function<Sort.Direction, Sort>> more = new HashMap<>(columns);
    more.put(property, column);
    return new TableSort(tableOrder, Map.copyOf(more));
  }
}
