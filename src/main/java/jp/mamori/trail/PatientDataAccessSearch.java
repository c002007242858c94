package jp.mamori.trail;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The access log's search (第35条): a repository fragment, since its filters are optional. */
interface PatientDataAccessSearch {

  /** Person, case and period; a null person or case matches every one. Newest first, paged in the database. */
  Page<PatientDataAccess> search(String userId, String caseKey, Instant from, Instant until, Pageable page);
}
