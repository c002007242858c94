package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.domain.SqlSort;

/** A lazy table's sort: the chosen known column, then the table's order; anything else, the table's order. */
class TableSortTest {

  enum Standing { STRONG, WEAK }

  private static final Sort BY_NAME = Sort.by("name").and(Sort.by("id"));
  private static final TableSort SORT = TableSort.thenBy(BY_NAME).columns("name", "updatedAt")
      .inDeclaredOrder("status", Standing.class);

  @Test
  @DisplayName("選んだ列の後に表の順が続き、同じ列は二度並べない")
  void theChosenColumnThenTheTablesOrder() {
    assertThat(SORT.order(chosen("updatedAt", SortOrder.DESCENDING)))
        .containsExactly(Sort.Order.desc("updatedAt"), Sort.Order.asc("name"), Sort.Order.asc("id"));
    assertThat(SORT.order(chosen("name", SortOrder.DESCENDING)))
        .containsExactly(Sort.Order.desc("name"), Sort.Order.asc("id"));
  }

  @Test
  @DisplayName("列挙を保存する列は宣言の順の式で並べ、向きも守る")
  void anEnumColumnSortsByItsDeclaredOrder() {
    Sort order = SORT.order(chosen("status", SortOrder.DESCENDING));

    Sort.Order first = order.iterator().next();
    assertThat(first).isInstanceOf(SqlSort.SqlOrder.class);
    assertThat(((SqlSort.SqlOrder) first).isUnsafe()).isTrue();
    assertThat(first.getProperty()).isEqualTo("case status when 'STRONG' then 0 when 'WEAK' then 1 end");
    assertThat(first.getDirection()).isEqualTo(Sort.Direction.DESC);
    assertThat(order.stream().skip(1)).containsExactly(Sort.Order.asc("name"), Sort.Order.asc("id"));
  }

  @Test
  @DisplayName("知らない列や並べ替えなしでは表の順のまま（列名は要求から来るので式にしない）")
  void unknownColumnsAndNoChoiceKeepTheTablesOrder() {
    assertThat(SORT.order(chosen("status desc, name", SortOrder.ASCENDING))).isEqualTo(BY_NAME);
    assertThat(SORT.order(chosen("address", SortOrder.ASCENDING))).isEqualTo(BY_NAME);
    assertThat(SORT.order(Map.of())).isEqualTo(BY_NAME);
    assertThat(SORT.order(null)).isEqualTo(BY_NAME);
  }

  private static Map<String, SortMeta> chosen(String field, SortOrder order) {
    return Map.of(field, SortMeta.builder().field(field).order(order).build());
  }
}
