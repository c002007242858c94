package jp.mamori.trail;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface AuditEntryRepository extends ListCrudRepository<AuditEntry, Long> {
  List<AuditEntry> findByProcessInstanceIdOrderByOccurredAtAsc(String processInstanceId);

  List<AuditEntry> findByActorAndActionOrderByOccurredAtDesc(String actor, String action);
}
