package jp.mamori.provision.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

  List<Objection> findByPatientNumberOrderByIdDesc(String patientNumber);

  List<Objection> findByPatientNumberInAndWithdrawnAtIsNull(Collection<String> patientNumbers);
}
