package jp.mamori.provision.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.LazyPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The records of receipt (個人情報保護法 第30条; the regulation's 第26条 register of provision and receipt), paged in
 * the database: every receipt can be reached however many there are (the page showed the newest 200 only), searched
 * by provider, patient or items, sorted by the day received; each page shown is handed on for the access log. The
 * tests share the database, so each names its own provider and reads the list through the search.
 */
class ReceiptLazyModelTest extends IntegrationTest {

  @Autowired ProvisionRecords records;

  private String provider;

  @BeforeEach
  void provider() {
    provider = "受領元 " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSSSSS"));
  }

  @Test
  @DisplayName("第26条 受領の記録はすべてページを送って見られ、既定で新しい順、受領日の順にも並ぶ")
  void everyReceiptReachableNewestFirstOrByTheDayReceived() {
    List<Long> ids = new ArrayList<>();
    for (int day : new int[] {3, 1, 2}) {
      ids.add(received(day, "P-" + day).getId());
    }
    ReceiptLazyModel model = new ReceiptLazyModel(records, () -> provider, true, rows -> { });

    assertThat(model.count(Map.of())).isEqualTo(3);
    assertThat(LazyPages.all(model, null, SortOrder.UNSORTED, 2)).extracting(ReceiptRecord::getId)
        .containsExactly(ids.get(2), ids.get(1), ids.get(0));
    assertThat(LazyPages.all(model, "receivedOn", SortOrder.ASCENDING, 2)).extracting(ReceiptRecord::getPatientNumbers)
        .containsExactly("P-1", "P-2", "P-3");
    assertThat(LazyPages.all(model, "howObtained", SortOrder.ASCENDING, 2)).as("an unknown column: newest first")
        .extracting(ReceiptRecord::getId).containsExactly(ids.get(2), ids.get(1), ids.get(0));
  }

  @Test
  @DisplayName("第26条 受領の記録は患者番号や項目でも探せ、見せた記録は一件ずつアクセス記録に渡し、読めない人には何も見せない")
  void searchedByPatientAndShownRowsHandedOn() {
    received(1, "受領患者-" + provider);
    received(2, "P-other");
    List<ReceiptRecord> shown = new ArrayList<>();

    ReceiptLazyModel byPatient = new ReceiptLazyModel(records, () -> "受領患者-" + provider, true, shown::addAll);
    assertThat(LazyPages.all(byPatient, null, SortOrder.UNSORTED, 20)).extracting(ReceiptRecord::getPatientNumbers)
        .containsExactly("受領患者-" + provider);
    assertThat(shown).extracting(ReceiptRecord::getPatientNumbers).containsExactly("受領患者-" + provider);

    assertThat(LazyPages.all(new ReceiptLazyModel(records, () -> "紹介状 " + provider, true, rows -> { }), null,
        SortOrder.UNSORTED, 20)).hasSize(2);
    ReceiptLazyModel refused = new ReceiptLazyModel(records, () -> provider, false, shown::addAll);
    assertThat(refused.count(Map.of())).isZero();
    assertThat(LazyPages.all(refused, null, SortOrder.UNSORTED, 20)).isEmpty();
  }

  private ReceiptRecord received(int day, String patients) {
    return records.recordReceipt(new ReceiptForm(LocalDate.of(2026, 4, day), provider, null, "自院の診療で取得",
        patients, "紹介状 " + provider), "records-manager");
  }
}
