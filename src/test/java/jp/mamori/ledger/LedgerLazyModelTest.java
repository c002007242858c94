package jp.mamori.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.LazyPages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ledger's list (第22条), paged in the database: searched by name, items, storage place, case number or the
 * department's name; 状態 sorted as an entry's life runs (未確定, 保管中, 廃棄済み), not by the codes' spelling. The
 * tests share the database, so each names its entries with a mark of its own and reads the list through the search.
 */
class LedgerLazyModelTest extends IntegrationTest {

  @Autowired Ledger ledger;

  private final String mark = "台帳一覧" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  @DisplayName("第22条 台帳の一覧を状態で並べると、コードの綴りではなく記載の流れ（未確定、保管中、廃棄済み）に並び、ページを跨いでも崩れない")
  void theStatusColumnSortsAsAnEntrysLifeRuns() {
    entry("1", "NURSING", LedgerStatus.DISPOSED);
    entry("2", "NURSING", LedgerStatus.ACTIVE);
    entry("3", "NURSING", LedgerStatus.DRAFT);
    entry("4", "ADMIN", LedgerStatus.ACTIVE);
    LedgerLazyModel model = new LedgerLazyModel(ledger, () -> mark);

    assertThat(model.count(Map.of())).isEqualTo(4);
    assertThat(allPages(model, "status", SortOrder.ASCENDING))
        .containsExactly("3 DRAFT", "4 ACTIVE", "2 ACTIVE", "1 DISPOSED");
    assertThat(allPages(model, "status", SortOrder.DESCENDING))
        .containsExactly("1 DISPOSED", "4 ACTIVE", "2 ACTIVE", "3 DRAFT");
  }

  @Test
  @DisplayName("第22条 台帳の一覧は既定で部署、名称の順、知らない列での並べ替えは受け付けない")
  void byDepartmentThenNameAndUnknownColumnsRefused() {
    entry("b", "NURSING", LedgerStatus.ACTIVE);
    entry("a", "RADIOLOGY", LedgerStatus.ACTIVE);
    entry("c", "ADMIN", LedgerStatus.ACTIVE);
    LedgerLazyModel model = new LedgerLazyModel(ledger, () -> mark);

    assertThat(allPages(model, null, SortOrder.UNSORTED)).containsExactly("c ACTIVE", "b ACTIVE", "a ACTIVE");
    assertThat(allPages(model, "storageMethod", SortOrder.DESCENDING))
        .containsExactly("c ACTIVE", "b ACTIVE", "a ACTIVE");
    assertThat(allPages(model, "title", SortOrder.DESCENDING)).containsExactly("c ACTIVE", "b ACTIVE", "a ACTIVE");
    assertThat(allPages(model, "title", SortOrder.ASCENDING)).containsExactly("a ACTIVE", "b ACTIVE", "c ACTIVE");
  }

  @Test
  @DisplayName("第22条 台帳は部署の名前（日本語・英語）や保管場所でも探せ、入力の % は文字として探す")
  void searchesByTheDepartmentsNameAndTheStoragePlace() {
    entry("x", "RADIOLOGY", LedgerStatus.ACTIVE);
    entry("y", "NURSING", LedgerStatus.ACTIVE);

    assertThat(titles("放射線")).contains(mark + " x").doesNotContain(mark + " y");
    assertThat(titles("radiology")).contains(mark + " x").doesNotContain(mark + " y");
    assertThat(titles("保管庫" + mark)).containsExactlyInAnyOrder(mark + " x", mark + " y");
    assertThat(titles(mark + "%")).isEmpty();
    assertThat(titles("  " + mark + " X  ")).containsExactly(mark + " x");
  }

  private void entry(String suffix, String department, LedgerStatus status) {
    ledger.add(mark + " " + suffix, department, e -> {
      if (status != LedgerStatus.DRAFT) {
        e.keeping("保管庫" + mark, "paper", Retention.years(5, RetentionEvent.CREATED, LocalDate.of(2020, 4, 1)),
            DisposalMethod.WIPE_AND_DESTROY);
      }
      if (status == LedgerStatus.DISPOSED) {
        e.disposed(Instant.now());
      }
      return e;
    });
  }

  private List<String> titles(String query) {
    return ledger.search(query, org.springframework.data.domain.PageRequest.of(0, 1000)).getContent().stream()
        .map(LedgerEntry::getTitle).toList();
  }

  /** Every row over pages of two: "suffix STATUS" per row. */
  private List<String> allPages(LedgerLazyModel model, String field, SortOrder order) {
    return LazyPages.all(model, field, order, 2).stream()
        .map(e -> e.getTitle().substring(mark.length() + 1) + " " + e.getStatus()).toList();
  }
}
