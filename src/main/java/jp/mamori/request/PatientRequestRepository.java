package jp.mamori.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface PatientRequestRepository extends ListCrudRepository<PatientRequest, Long>,
    ListPagingAndSortingRepository<PatientRequest, Long> {

  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)

  @Query("select * from patient_request where case_key = :caseKey")

  Optional<PatientRequest> findByCaseKey(@Param("caseKey") String caseKey);

  long countByStatusIn(Collection<RequestStatus> statuses);

  long countByStatusInAndDueAtBefore(Collection<RequestStatus> statuses, Instant now);

  List<PatientRequest> findByStatusIn(Collection<RequestStatus> statuses, Sort sort);

  Page<PatientRequest> findByStatusIn(Collection<RequestStatus> statuses, Pageable page);

  /** The register's rows: every request, or only those still open. */
  default List<PatientRequest> listed(boolean openOnly, Sort sort) {
    return openOnly ? findByStatusIn(RequestStatus.open(), sort) : findAll(sort);
  }

  /** Paged through derived queries: only they take an order-by expression ({@link jp.mamori.storage.DeclaredOrder}). */
  default Page<PatientRequest> listed(boolean openOnly, Pageable page) {
    return openOnly ? findByStatusIn(RequestStatus.open(), page) : findAllBy(page);
  }

  Page<PatientRequest> findAllBy(Pageable page);

  default long countListed(boolean openOnly) {
    return openOnly ? countByStatusIn(RequestStatus.open()) : count();
  }
}
