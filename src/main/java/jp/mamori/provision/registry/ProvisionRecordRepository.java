package jp.mamori.provision.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

interface ProvisionRecordRepository extends ListCrudRepository<ProvisionRecord, Long>, ProvisionRecordSearch {

  Optional<ProvisionRecord> findByCaseKey(String caseKey);

  @Query("select * from provision_record where id in"
      + " (select record_id from provision_record_patient where patient_number = :patient) order by id desc")
  List<ProvisionRecord> findByPatient(@Param("patient") String patientNumber);

  long countByBasis(Basis basis);

  long countByBasisAndApprovedByIsNotNull(Basis basis);

  List<ProvisionRecord> findByBasisOrderByIdDesc(Basis basis);
}
