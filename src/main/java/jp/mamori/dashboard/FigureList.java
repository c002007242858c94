package jp.mamori.dashboard;

import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;

/**
 * The rows behind a figure, for the list page (paged in the database) and its CSV and Excel export. A row maps
 * column keys to values: text, numbers, {@link java.util.Date}, {@link java.time.Instant} or
 * {@link java.time.LocalDate} (the page formats them in the user's language).
 */
public interface FigureList {

  /** The list's heading, in the user's language. */
  String title();

  List<ListColumn> columns();

  /** How many rows; the figure's value. */
  long count();

  /**
   * How many rows, counted no further than {@code cap} + 1: an answer above {@code cap} means "more than cap". The
   * list page's paginator asks this (ADR 0041); a long list stops counting early where the database can.
   */
  default long countUpTo(int cap) {
    return count();
  }

  /** Rows {@code first} to {@code first + max - 1} in a stable order. */
  List<Map<String, Object>> page(int first, int max);

  /** Reads a page: rows {@code first} to {@code first + max - 1}. */
  interface Pager {
    List<Map<String, Object>> page(int first, int max);
  }

  /** A list that is short by nature (open incidents, checks due this month), already read into memory. */
  static FigureList ofRows(String title, List<ListColumn> columns, List<Map<String, Object>> rows) {
    return of(title, columns, rows::size,
        (first, max) -> rows.subList(Math.min(first, rows.size()), Math.min(first + max, rows.size())));
  }

  /** A list from its parts: e.g. an engine query's {@code count()} and {@code listPage()}. */
  static FigureList of(String title, List<ListColumn> columns, LongSupplier count, Pager pager) {
    return of(title, columns, count, cap -> count.getAsLong(), pager);
  }

  /** A list from its parts, with a count that can stop at a cap (e.g. {@code TaskCriteria.countUpTo}). */
  static FigureList of(String title, List<ListColumn> columns, LongSupplier count, IntToLongFunction countUpTo,
      Pager pager) {
    return new FigureList() {
      @Override
      public String title() {
        return title;
      }

      @Override
      public List<ListColumn> columns() {
        return columns;
      }

      @Override
      public long count() {
        return count.getAsLong();
      }

      @Override
      public long countUpTo(int cap) {
        return countUpTo.applyAsLong(cap);
      }

      @Override
      public List<Map<String, Object>> page(int first, int max) {
        return pager.page(first, max);
      }
    };
  }
}
