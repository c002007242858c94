package jp.mamori.provision.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ObjectionRepository extends ListCrudRepository<Objection, Long> {

  List<Objection> findByPatientNumberOrderByIdDesc(String patientNumber);

  List<Objection> findByPatientNumberInAndWithdrawnAtIsNull(Collection<String> patientNumbers);
}
