package jp.mamori.ledger;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DisposalRecordRepository extends ListCrudRepository<DisposalRecord, Long> {
  List<DisposalRecord> findByEntryIdOrderByRecordedAtDesc(Long entryId);
}
