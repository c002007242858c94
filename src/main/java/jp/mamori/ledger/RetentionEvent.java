package jp.mamori.ledger;

/** The event a retention period (第23条) runs from: the entry's creation, the patient's last visit, completion. */
public enum RetentionEvent {
  CREATED, LAST_VISIT, COMPLETED
}
