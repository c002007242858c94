package jp.mamori.provision.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

interface ProvisionRecordRepository extends ListCrudRepository<ProvisionRecord, Long> {

  Optional<ProvisionRecord> findByCaseKey(String caseKey);

  @Query("select * from provision_record where id in"
      + " (select record_id from provision_record_patient where patient_number = :patient) order by id desc")
  List<ProvisionRecord> findByPatient(@Param("patient") String patientNumber);

  /**
   * Records whose recipient, persons, case or items contain the text (any case, the text's wildcards taken as
   * written); blank text matches every record. Paged in the database. A derived query, not a criteria one: only this
   * path of Spring Data JDBC takes an order-by expression ({@link jp.mamori.storage.DeclaredOrder}).
   */
  default Page<ProvisionRecord> search(String text, Pageable page) {
    String part = text == null ? "" : text.strip();
    return findByRecipientContainingIgnoreCaseOrPatientNumbersContainingIgnoreCaseOrCaseKeyContainingIgnoreCaseOrDataItemsContainingIgnoreCase(
        part, part, part, part, page);
  }

  Page<ProvisionRecord>
      findByRecipientContainingIgnoreCaseOrPatientNumbersContainingIgnoreCaseOrCaseKeyContainingIgnoreCaseOrDataItemsContainingIgnoreCase(
          String recipient, String patients, String caseKey, String items, Pageable page);

  long countByBasis(Basis basis);

  long countByBasisAndApprovedByIsNotNull(Basis basis);

  List<ProvisionRecord> findByBasisOrderByIdDesc(Basis basis);
}
