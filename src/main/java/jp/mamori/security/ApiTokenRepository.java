package jp.mamori.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

  Optional<ApiToken> findByTokenHash(String tokenHash);

  List<ApiToken> findByUserIdOrderByCreatedAtDesc(String userId);

  /** The use alone: a whole-row save could undo a revocation made meanwhile. */
  @Modifying
  @Transactional // a query method has no transaction of its own, and the pool is out of auto-commit (ADR 0047)
  @Query("update api_token set last_used_at = :at where id = :id")
  void used(@Param("id") Long id, @Param("at") Instant at);
}
