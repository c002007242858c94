package jp.mamori.provision.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptRecordRepository extends JpaRepository<ReceiptRecord, Long> {

  List<ReceiptRecord> findTop200ByOrderByIdDesc();
}
