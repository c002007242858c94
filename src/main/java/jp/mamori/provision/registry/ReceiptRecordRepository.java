package jp.mamori.provision.registry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface ReceiptRecordRepository extends ListCrudRepository<ReceiptRecord, Long> {

  /**
   * Receipts whose provider, persons or items contain the text (any case, the text's wildcards taken as written);
   * blank text matches every receipt. Paged in the database.
   */
  default Page<ReceiptRecord> search(String text, Pageable page) {
    String part = text == null ? "" : text.strip();
    return findByProviderContainingIgnoreCaseOrPatientNumbersContainingIgnoreCaseOrDataItemsContainingIgnoreCase(part,
        part, part, page);
  }

  Page<ReceiptRecord> findByProviderContainingIgnoreCaseOrPatientNumbersContainingIgnoreCaseOrDataItemsContainingIgnoreCase(
      String provider, String patients, String items, Pageable page);
}
