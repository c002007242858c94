package jp.mamori.provision.registry;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ConsentRepository extends ListCrudRepository<Consent, Long> {

  List<Consent> findByPatientNumberOrderByIdDesc(String patientNumber);

  long countByStatusAndWithdrawnAtGreaterThanEqual(ConsentStatus status, Instant since);

  List<Consent> findByStatusAndWithdrawnAtGreaterThanEqualOrderByWithdrawnAtDesc(ConsentStatus status,
      Instant since);
}
