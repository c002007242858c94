package jp.mamori.trail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
  List<AuditEntry> findByProcessInstanceIdOrderByOccurredAtAsc(String processInstanceId);

  List<AuditEntry> findByActorAndActionOrderByOccurredAtDesc(String actor, String action);
}
