package jp.mamori.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A figure's list over the app's own tables: a JPQL count and a JPQL select with the same parameters, paged in the
 * database ({@code setFirstResult}/{@code setMaxResults}); each result becomes a row.
 */
public final class QueryList<T> implements FigureList {

  private final EntityManager em;
  private final String title;
  private final List<ListColumn> columns;
  private final String count;
  private final String select;
  private final Class<T> type;
  private final Map<String, Object> parameters;
  private final Function<T, Map<String, Object>> row;

  public QueryList(EntityManager em, String title, List<ListColumn> columns, String count, String select, Class<T> type,
      Map<String, Object> parameters, Function<T, Map<String, Object>> row) {
    this.em = em;
    this.title = title;
    this.columns = columns;
    this.count = count;
    this.select = select;
    this.type = type;
    this.parameters = parameters;
    this.row = row;
  }

  /** A count query's answer, for a section's figure. */
  public static long count(EntityManager em, String jpql, Map<String, Object> parameters) {
    TypedQuery<Long> query = em.createQuery(jpql, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

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
    return count(em, count, parameters);
  }

  @Override
  public List<Map<String, Object>> page(int first, int max) {
    TypedQuery<T> query = em.createQuery(select, type).setFirstResult(first).setMaxResults(max);
    parameters.forEach(query::setParameter);
    return query.getResultList().stream().map(row).toList();
  }
}
