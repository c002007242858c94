package jp.mamori.provision.registry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The provision records' search: a repository fragment, since its filter is optional. */
interface ProvisionRecordSearch {

  /**
   * Records whose recipient, persons, case or items contain the pattern ({@code %text%}, any case); a null pattern
   * matches every record. Paged in the database.
   */
  Page<ProvisionRecord> search(String likeOrNull, Pageable page);
}
