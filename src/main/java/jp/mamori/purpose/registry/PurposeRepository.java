package jp.mamori.purpose.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface PurposeRepository extends ListCrudRepository<Purpose, Long> {

  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)

  @Query("select * from purpose where case_key = :caseKey")

  Optional<Purpose> findByCaseKey(@Param("caseKey") String caseKey);

  List<Purpose> findByStatusOrderBySortOrderAscIdAsc(PurposeStatus status);

  List<Purpose> findAllByOrderBySortOrderAscIdAsc();

  @Query("select coalesce(max(sort_order), 0) from purpose where category = :category")
  int maxSortOrder(@Param("category") PurposeCategory category);
}
