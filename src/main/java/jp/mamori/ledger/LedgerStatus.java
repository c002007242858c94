package jp.mamori.ledger;

/**
 * An entry's state: DRAFT until the supervising manager has decided its retention and disposal method (第23–24条),
 * ACTIVE while kept, DISPOSED once its records were disposed of with evidence (第24条).
 */
public enum LedgerStatus {
  DRAFT, ACTIVE, DISPOSED
}
