package jp.mamori.provision.registry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;

class ProvisionRecordSearchImpl implements ProvisionRecordSearch {

  private final JdbcAggregateOperations aggregates;

  ProvisionRecordSearchImpl(JdbcAggregateOperations aggregates) {
    this.aggregates = aggregates;
  }

  @Override
  public Page<ProvisionRecord> search(String likeOrNull, Pageable page) {
    Criteria where = likeOrNull == null ? Criteria.empty()
        : Criteria.where("recipient").like(likeOrNull).ignoreCase(true)
            .or("patientNumbers").like(likeOrNull).ignoreCase(true)
            .or("caseKey").like(likeOrNull).ignoreCase(true)
            .or("dataItems").like(likeOrNull).ignoreCase(true);
    return aggregates.findAll(Query.query(where), ProvisionRecord.class, page);
  }
}
