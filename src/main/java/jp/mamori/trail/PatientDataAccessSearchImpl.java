package jp.mamori.trail;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;

class PatientDataAccessSearchImpl implements PatientDataAccessSearch {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "accessedAt", "id");

  private final JdbcAggregateOperations aggregates;

  PatientDataAccessSearchImpl(JdbcAggregateOperations aggregates) {
    this.aggregates = aggregates;
  }

  @Override
  public Page<PatientDataAccess> search(String userId, String caseKey, Instant from, Instant until, Pageable page) {
    Criteria where = Criteria.where("accessedAt").greaterThanOrEquals(from).and("accessedAt").lessThan(until);
    if (userId != null) {
      where = where.and("userId").is(userId);
    }
    if (caseKey != null) {
      where = where.and("caseKey").is(caseKey);
    }
    Pageable newestFirst = page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST)
        : page;
    return aggregates.findAll(Query.query(where), PatientDataAccess.class, newestFirst);
  }
}
