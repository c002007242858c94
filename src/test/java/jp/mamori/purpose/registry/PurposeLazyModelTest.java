package jp.mamori.purpose.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.LazyPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's list (第17条), paged in the database: searched by the purpose's text in either language or its case
 * number; 区分 in 第17条's order and 状態 as a decision runs, not by the codes' spelling. The tests share the database,
 * so each marks its purposes, reads the list through the search and removes them afterwards.
 */
class PurposeLazyModelTest extends IntegrationTest {

  @Autowired PurposeRegistry registry;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  private final String mark = "目的一覧" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void removeThePurposes() {
    new TransactionTemplate(transactions).executeWithoutResult(tx -> jdbc.update(
        "delete from purpose where text_ja like ?", mark + "%"));
  }

  @Test
  @DisplayName("第17条 登録簿を状態で並べると、コードの綴りではなく決定の流れ（承認待ち、有効、却下、取得不可）に並び、ページを跨いでも崩れない")
  void theStatusColumnSortsAsADecisionRuns() {
    purpose("1", PurposeCategory.IN_HOSPITAL, PurposeStatus.NOT_PERMITTED);
    purpose("2", PurposeCategory.IN_HOSPITAL, PurposeStatus.REJECTED);
    purpose("3", PurposeCategory.IN_HOSPITAL, PurposeStatus.ACTIVE);
    purpose("4", PurposeCategory.IN_HOSPITAL, PurposeStatus.PENDING);
    PurposeLazyModel model = new PurposeLazyModel(registry, () -> mark, Locale.JAPANESE);

    assertThat(model.count(Map.of())).isEqualTo(4);
    assertThat(allPages(model, "status", SortOrder.ASCENDING))
        .containsExactly("4 PENDING", "3 ACTIVE", "2 REJECTED", "1 NOT_PERMITTED");
    assertThat(allPages(model, "status", SortOrder.DESCENDING))
        .containsExactly("1 NOT_PERMITTED", "2 REJECTED", "3 ACTIVE", "4 PENDING");
  }

  @Test
  @DisplayName("第17条 登録簿は既定で院内、院外提供の順、各々届出の順に並び、知らない列での並べ替えは受け付けない")
  void inTheArticlesOrderAndUnknownColumnsRefused() {
    purpose("b", PurposeCategory.EXTERNAL, PurposeStatus.ACTIVE);
    purpose("c", PurposeCategory.IN_HOSPITAL, PurposeStatus.ACTIVE);
    purpose("a", PurposeCategory.IN_HOSPITAL, PurposeStatus.PENDING);
    PurposeLazyModel model = new PurposeLazyModel(registry, () -> mark, Locale.JAPANESE);

    assertThat(allPages(model, null, SortOrder.UNSORTED)).containsExactly("c ACTIVE", "a PENDING", "b ACTIVE");
    assertThat(allPages(model, "filedBy", SortOrder.DESCENDING)).containsExactly("c ACTIVE", "a PENDING", "b ACTIVE");
    assertThat(allPages(model, "category", SortOrder.DESCENDING))
        .containsExactly("b ACTIVE", "c ACTIVE", "a PENDING");
    assertThat(allPages(model, "textJa", SortOrder.ASCENDING)).containsExactly("a PENDING", "b ACTIVE", "c ACTIVE");
  }

  @Test
  @DisplayName("第17条 登録簿は英語の利用目的や案件番号でも探せ、入力の % は文字として探す")
  void searchesByTheEnglishTextAndTheCaseNumber() {
    purpose("x", PurposeCategory.IN_HOSPITAL, PurposeStatus.ACTIVE);
    purpose("y", PurposeCategory.EXTERNAL, PurposeStatus.PENDING);

    assertThat(texts("English " + mark + " X")).containsExactly(mark + " x");
    assertThat(texts(caseKey("y").toLowerCase())).containsExactly(mark + " y");
    assertThat(texts(mark)).containsExactlyInAnyOrder(mark + " x", mark + " y");
    assertThat(texts(mark + "%")).isEmpty();
  }

  @Test
  @DisplayName("第17条 英語の画面では利用目的の列を英語の文で並べ、英語の文のない目的は日本語の文で並べる")
  void inEnglishTheTextColumnSortsByTheEnglishText() {
    purpose("1", "Zebra " + mark, PurposeCategory.IN_HOSPITAL, PurposeStatus.ACTIVE);
    purpose("2", "Apple " + mark, PurposeCategory.IN_HOSPITAL, PurposeStatus.ACTIVE);
    purpose("3", null, PurposeCategory.IN_HOSPITAL, PurposeStatus.ACTIVE);

    assertThat(allPages(new PurposeLazyModel(registry, () -> mark, Locale.ENGLISH), "textJa", SortOrder.ASCENDING))
        .containsExactly("2 ACTIVE", "1 ACTIVE", "3 ACTIVE");
    assertThat(allPages(new PurposeLazyModel(registry, () -> mark, Locale.JAPANESE), "textJa", SortOrder.ASCENDING))
        .containsExactly("1 ACTIVE", "2 ACTIVE", "3 ACTIVE");
  }

  private void purpose(String suffix, PurposeCategory category, PurposeStatus status) {
    purpose(suffix, "English " + mark + " " + suffix, category, status);
  }

  private void purpose(String suffix, String english, PurposeCategory category, PurposeStatus status) {
    String caseKey = caseKey(suffix);
    registry.file(caseKey, "nurse", new PurposeFiling(mark + " " + suffix, english, category,
        "NURSING", "記録", "項目", "患者", List.of("self"), "看護部", "emr", "5年", List.of(), false, "none", null));
    switch (status) {
      case ACTIVE -> registry.approve(caseKey, "director", "承認", "allowed");
      case REJECTED -> registry.reject(caseKey, "director", "却下");
      case NOT_PERMITTED -> registry.notPermitted(caseKey, "取得不可");
      case PENDING -> { }
    }
  }

  private String caseKey(String suffix) {
    return "PLT-" + mark.substring(mark.length() - 8) + "-" + suffix;
  }

  private List<String> allPages(PurposeLazyModel model, String field, SortOrder order) {
    return LazyPages.all(model, field, order, 2).stream()
        .map(p -> p.getTextJa().substring(mark.length() + 1) + " " + p.getStatus()).toList();
  }

  private List<String> texts(String query) {
    return LazyPages.all(new PurposeLazyModel(registry, () -> query, Locale.JAPANESE), null, SortOrder.UNSORTED, 50)
        .stream().map(Purpose::getTextJa).filter(text -> text.startsWith(mark)).toList();
  }
}
