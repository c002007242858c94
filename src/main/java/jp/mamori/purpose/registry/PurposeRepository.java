package jp.mamori.purpose.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PurposeRepository extends JpaRepository<Purpose, Long> {

  Optional<Purpose> findByCaseKey(String caseKey);

  List<Purpose> findByStatusOrderBySortOrderAscIdAsc(PurposeStatus status);

  List<Purpose> findAllByOrderBySortOrderAscIdAsc();

  @Query("select coalesce(max(p.sortOrder), 0) from Purpose p where p.category = ?1")
  int maxSortOrder(PurposeCategory category);
}
