package jp.mamori.provision.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProvisionRecordRepository extends JpaRepository<ProvisionRecord, Long> {

  Optional<ProvisionRecord> findByCaseKey(String caseKey);

  @Query("select distinct r from ProvisionRecord r join r.patients p where p = :patient order by r.id desc")
  List<ProvisionRecord> findByPatient(@Param("patient") String patientNumber);

  @Query(value = "select r from ProvisionRecord r where (:q is null or lower(r.recipient) like :q"
      + " or lower(r.patientNumbers) like :q or lower(r.caseKey) like :q or lower(r.dataItems) like :q)",
      countQuery = "select count(r) from ProvisionRecord r where (:q is null or lower(r.recipient) like :q"
      + " or lower(r.patientNumbers) like :q or lower(r.caseKey) like :q or lower(r.dataItems) like :q)")
  Page<ProvisionRecord> search(@Param("q") String likeOrNull, Pageable page);

  long countByBasis(Basis basis);

  long countByBasisAndApprovedByIsNotNull(Basis basis);

  List<ProvisionRecord> findByBasisOrderByIdDesc(Basis basis);
}
