package jp.mamori.trail;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: save and read, no update or delete. */
interface PatientDataAccessRepository extends Repository<PatientDataAccess, Long> {

  PatientDataAccess save(PatientDataAccess access);

  List<PatientDataAccess> findByCaseKeyOrderByAccessedAtAscIdAsc(String caseKey);
}
