package jp.mamori.request;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PatientRequestRepository extends JpaRepository<PatientRequest, Long>,
    JpaSpecificationExecutor<PatientRequest> {

  Optional<PatientRequest> findByCaseKey(String caseKey);

  long countByStatusIn(java.util.Collection<RequestStatus> statuses);

  long countByStatusInAndDueAtBefore(java.util.Collection<RequestStatus> statuses, java.time.Instant now);
}
