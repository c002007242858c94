package jp.mamori.purpose.registry;

import java.util.Locale;
import java.util.function.Supplier;
import jp.mamori.storage.DeclaredOrder;
import jp.mamori.web.SearchedLazyModel;
import jp.mamori.web.TableSort;
import org.springframework.data.domain.Sort;

/** Feeds the registry's table one page at a time from the database; sorts only on known columns. */
class PurposeLazyModel extends SearchedLazyModel<Purpose> {

  /**
   * 第17条's two lists in their order (院内, 院外提供), each in its own order, as the public notice shows them; 状態
   * as a purpose's decision runs: 承認待ち, 有効, 却下, 取得不可.
   */
  private static final TableSort SORT = TableSort.thenBy(DeclaredOrder.of(PurposeCategory.class, "category",
          Sort.Direction.ASC).and(Sort.by("sortOrder")).and(Sort.by("id")))
      .columns("textJa", "caseKey", "decidedAt")
      .inDeclaredOrder("category", PurposeCategory.class)
      .inDeclaredOrder("status", PurposeStatus.class);

  /** On an English page the text column shows a purpose's English text where it has one, and sorts by what it shows. */
  private static final TableSort SORT_IN_ENGLISH = SORT.expression("textJa", "coalesce(nullif(text_en, ''), text_ja)");

  PurposeLazyModel(PurposeRegistry registry, Supplier<String> query, Locale locale) {
    super(Purpose.inEnglish(locale) ? SORT_IN_ENGLISH : SORT, page -> registry.search(query.get(), page),
        Purpose::getId);
  }
}
