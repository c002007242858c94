package jp.mamori.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisposalRecordRepository extends JpaRepository<DisposalRecord, Long> {
  List<DisposalRecord> findByEntryIdOrderByRecordedAtDesc(Long entryId);
}
