package jp.mamori.request;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestEntryRepository extends JpaRepository<RequestEntry, Long> {

  List<RequestEntry> findByRequestIdOrderByIdAsc(Long requestId);

  Optional<RequestEntry> findByRequestIdAndLedgerEntryId(Long requestId, Long ledgerEntryId);
}
