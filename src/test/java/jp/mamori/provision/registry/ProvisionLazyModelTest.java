package jp.mamori.provision.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.LazyPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The provision register's list (第26条), paged in the database: the basis column sorts in the article's order — within
 * the purposes (1項), the patient's consent (2項), an exception (2項各号) — not by the spelling of the stored code
 * (CONSENT, EXCEPTION, PURPOSE); records of one basis the newest first. The tests share the database, so each files
 * its records to a recipient of its own and reads the list through the search.
 */
class ProvisionLazyModelTest extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired ProvisionRecords records;

  private String recipient;

  @BeforeEach
  void recipient() {
    recipient = "根拠順保険者 " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSS")) + "-"
        + SEQUENCE.incrementAndGet();
  }

  @Test
  @DisplayName("第26条 提供記録の一覧を根拠の列で並べると、コードの綴りではなく条文の順（1項の利用目的、2項の同意、2項各号の例外）に並び、ページを跨いでも崩れない")
  void theBasisColumnSortsInTheArticlesOrderAcrossPages() {
    // filed out of order, so neither the id nor the code gives the article's order
    provided("1", Basis.EXCEPTION);
    provided("2", Basis.CONSENT);
    provided("3", Basis.PURPOSE);
    provided("4", Basis.EXCEPTION);
    provided("5", Basis.PURPOSE);
    ProvisionLazyModel model = new ProvisionLazyModel(records, () -> recipient, true, page -> { });

    assertThat(model.count(Map.of())).isEqualTo(5);
    assertThat(allPages(model, "basis", SortOrder.ASCENDING))
        .containsExactly("5 PURPOSE", "3 PURPOSE", "2 CONSENT", "4 EXCEPTION", "1 EXCEPTION");
    assertThat(allPages(model, "basis", SortOrder.DESCENDING))
        .containsExactly("4 EXCEPTION", "1 EXCEPTION", "2 CONSENT", "5 PURPOSE", "3 PURPOSE");
  }

  @Test
  @DisplayName("第26条 提供記録の一覧は既定で新しい順、知らない列での並べ替えは受け付けず新しい順のまま")
  void newestFirstAndUnknownColumnsRefused() {
    provided("1", Basis.CONSENT);
    provided("2", Basis.PURPOSE);
    provided("3", Basis.EXCEPTION);
    ProvisionLazyModel model = new ProvisionLazyModel(records, () -> recipient, true, page -> { });

    assertThat(allPages(model, null, SortOrder.UNSORTED)).containsExactly("3 EXCEPTION", "2 PURPOSE", "1 CONSENT");
    assertThat(allPages(model, "reason", SortOrder.ASCENDING))
        .containsExactly("3 EXCEPTION", "2 PURPOSE", "1 CONSENT");
    assertThat(allPages(model, "recipient", SortOrder.ASCENDING))
        .containsExactly("1 CONSENT", "2 PURPOSE", "3 EXCEPTION");
  }

  @Test
  @DisplayName("第26条 提供記録の検索は大文字小文字を区別せず、入力の % や _ は文字として探す")
  void theSearchTakesWildcardsAsWritten() {
    provided("a", Basis.PURPOSE);

    assertThat(records.search(recipient + " A", PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    assertThat(records.search(recipient + "_a", PageRequest.of(0, 5)).getTotalElements()).isZero();
    assertThat(records.search(recipient + "%", PageRequest.of(0, 5)).getTotalElements()).isZero();
  }

  private void provided(String suffix, Basis basis) {
    String caseKey = recipient + "-" + suffix;
    records.record(caseKey, new ProvisionRequest(recipient + " " + suffix, "insurer", List.of("P-" + caseKey),
        "診療報酬明細書", null, "照会への回答", basis, basis == Basis.PURPOSE ? "P01" : null, null,
        basis == Basis.EXCEPTION ? ExceptionGround.values()[0] : null, null, "nurse"), "director", "records-manager");
  }

  /** Every row over pages of two: "suffix BASIS" per row. */
  private List<String> allPages(ProvisionLazyModel model, String field, SortOrder order) {
    return LazyPages.all(model, field, order, 2).stream()
        .map(r -> r.getRecipient().substring(recipient.length() + 1) + " " + r.getBasis()).toList();
  }
}
