package jp.mamori.provision.registry;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ReceiptRecordRepository extends ListCrudRepository<ReceiptRecord, Long> {

  List<ReceiptRecord> findTop200ByOrderByIdDesc();
}
