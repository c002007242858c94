package jp.mamori.request;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface RequestEntryRepository extends ListCrudRepository<RequestEntry, Long> {

  List<RequestEntry> findByRequestIdOrderByIdAsc(Long requestId);

  Optional<RequestEntry> findByRequestIdAndLedgerEntryId(Long requestId, Long ledgerEntryId);
}
