package jp.mamori.ledger;

import java.io.Serializable;

/**
 * What an information manager keeps up to date in a ledger entry (第22条3): the manager (第5条), content, storage
 * (第21条), retention (第23条), disposal (第24条), and why the entry changed.
 */
public record LedgerEdit(String informationManager, String dataItems, String dataSubjects, String storagePlace,
    String storageMethod, String retentionPeriod, String disposalMethod, String reason) implements Serializable {

  public static LedgerEdit of(LedgerEntry entry) {
    return new LedgerEdit(entry.getInformationManager(), entry.getDataItems(), entry.getDataSubjects(),
        entry.getStoragePlace(), entry.getStorageMethod(), entry.getRetentionPeriod(), entry.getDisposalMethod(),
        null);
  }
}
