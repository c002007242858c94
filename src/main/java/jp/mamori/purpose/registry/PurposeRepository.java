package jp.mamori.purpose.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface PurposeRepository extends ListCrudRepository<Purpose, Long> {

  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)

  @Query("select * from purpose where case_key = :caseKey")

  Optional<Purpose> findByCaseKey(@Param("caseKey") String caseKey);

  List<Purpose> findByStatusOrderBySortOrderAscIdAsc(PurposeStatus status);

  List<Purpose> findByStatusInOrderBySortOrderAscIdAsc(Collection<PurposeStatus> statuses);

  /**
   * The registry's list: purposes whose text (Japanese or English), article or case number contains the text (any
   * case, its wildcards as written). Derived, as only that path takes an order-by expression
   * ({@link jp.mamori.storage.DeclaredOrder}).
   */
  Page<Purpose> findByTextJaContainingIgnoreCaseOrTextEnContainingIgnoreCaseOrArticleContainingIgnoreCaseOrCaseKeyContainingIgnoreCase(
      String textJa, String textEn, String article, String caseKey, Pageable page);

  @Query("select coalesce(max(sort_order), 0) from purpose where category = :category")
  int maxSortOrder(@Param("category") PurposeCategory category);

  /**
   * A pending purpose decided: the decision's fields alone (a whole-row save would write back the filing as it was
   * read), and only while it is still pending; the number of rows decided, 0 or 1.
   */
  @Modifying
  @Query("update purpose set status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason,"
      + " consent = coalesce(:consent, consent) where case_key = :caseKey and status = 'PENDING'")
  int decide(@Param("caseKey") String caseKey, @Param("status") PurposeStatus status, @Param("by") String decidedBy,
      @Param("at") Instant decidedAt, @Param("reason") String reason, @Param("consent") String consent);

  @Query("select id from purpose where case_key = :caseKey")
  Optional<Long> idOfCase(@Param("caseKey") String caseKey);
}
