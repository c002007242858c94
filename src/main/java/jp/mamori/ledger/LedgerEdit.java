package jp.mamori.ledger;

import java.io.Serializable;

/**
 * What the supervising manager decides for a ledger entry (第5条, 第21–24条), directly or on an information
 * manager's proposal: the manager (第5条), content, storage (第21条), retention (第23条), disposal method (第24条),
 * and why the entry changed.
 */
public record LedgerEdit(String informationManager, String dataItems, String dataSubjects, String storagePlace,
    String storageMethod, Retention retention, DisposalMethod disposalMethod, String reason) implements Serializable {

  public static LedgerEdit of(LedgerEntry entry) {
    return new LedgerEdit(entry.getInformationManager(), entry.getDataItems(), entry.getDataSubjects(),
        entry.getStoragePlace(), entry.getStorageMethod(), entry.getRetention(), entry.getDisposalMethod(), null);
  }
}
