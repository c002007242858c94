package jp.mamori.purpose.registry;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purpose registry (第17条). A filed purpose is PENDING, so acquisition cannot start before approval
 * (第12条4); the public notice (第11条) lists exactly the ACTIVE purposes, so it always matches the registry.
 */
@Service
public class PurposeRegistry {

  private final PurposeRepository purposes;
  private final Clock clock;
  private final JdbcTemplate jdbc;

  PurposeRegistry(PurposeRepository purposes, Clock clock, JdbcTemplate jdbc) {
    this.purposes = purposes;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** Records a filing as PENDING, or updates the pending entry when the handler resubmits a revision. */
  @Transactional
  public Purpose file(String caseKey, String filedBy, PurposeFiling filing) {
    Purpose filed = purposes.findByCaseKey(caseKey).orElse(null);
    if (filed == null) {
      Purpose purpose = new Purpose(caseKey, filedBy, clock.instant(), purposes.maxSortOrder(filing.category()) + 1);
      purpose.describe(filing);
      return purpose.stored(purpose.newRow().insert(jdbc));
    }
    if (filed.getStatus() != PurposeStatus.PENDING) {
      throw new IllegalStateException("purpose " + caseKey + " was decided already: " + filed.getStatus());
    }
    filed.describe(filing);
    return purposes.save(filed);
  }

  /**
   * @param acquisitionRule the 第15条 rule's outcome (allowed, consentRequired), kept with the purpose
   * @return the purpose's id, for the ledger entries of its records
   */
  @Transactional
  public long approve(String caseKey, String approvedBy, String reason, String acquisitionRule) {
    decide(caseKey, PurposeStatus.ACTIVE, approvedBy, reason, acquisitionRule);
    return purposes.idOfCase(caseKey).orElseThrow();
  }

  @Transactional
  public void reject(String caseKey, String rejectedBy, String reason) {
    decide(caseKey, PurposeStatus.REJECTED, rejectedBy, reason, null);
  }

  /** 第15条: special categories without consent or legal ground cannot be acquired; no one decided, the rule did. */
  @Transactional
  public void notPermitted(String caseKey, String reason) {
    decide(caseKey, PurposeStatus.NOT_PERMITTED, "rule:acquisitionRule", reason, null);
  }

  @Transactional(readOnly = true)
  public List<Purpose> active() {
    return purposes.findByStatusOrderBySortOrderAscIdAsc(PurposeStatus.ACTIVE);
  }

  /** The purposes a new filing could repeat: those in force and those awaiting a decision. */
  @Transactional(readOnly = true)
  public List<Purpose> activeOrPending() {
    return purposes.findByStatusInOrderBySortOrderAscIdAsc(List.of(PurposeStatus.ACTIVE, PurposeStatus.PENDING));
  }

  /**
   * The registry's list, paged in the database: purposes whose text (Japanese or English), article or case number
   * contains the text; blank text lists every purpose.
   */
  @Transactional(readOnly = true)
  public Page<Purpose> search(String text, Pageable page) {
    String part = text == null ? "" : text.strip();
    return purposes
        .findByTextJaContainingIgnoreCaseOrTextEnContainingIgnoreCaseOrArticleContainingIgnoreCaseOrCaseKeyContainingIgnoreCase(
            part, part, part, part, page);
  }

  @Transactional(readOnly = true)
  public Purpose ofCase(String caseKey) {
    return purposes.findByCaseKey(caseKey)
        .orElseThrow(() -> new IllegalStateException("no purpose filed for case " + caseKey));
  }

  /** Decides the pending purpose in one update of the decision's fields; a purpose not pending is refused. */
  private void decide(String caseKey, PurposeStatus status, String decidedBy, String reason, String consent) {
    if (purposes.decide(caseKey, status, decidedBy, clock.instant(), reason, consent) == 0) {
      throw new IllegalStateException("purpose " + caseKey + " was decided already: " + ofCase(caseKey).getStatus());
    }
  }
}
