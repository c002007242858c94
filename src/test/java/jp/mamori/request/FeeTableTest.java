package jp.mamori.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.mamori.request.FeeTable.Quantities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 第31条 and {@code 001}: the fee tables are data; a broken one refuses to load with its file and row. */
@Tag("once")
class FeeTableTest {

  @Test
  @DisplayName("第31条2: 既定の表は写しの基本料金・枚数・媒体・閲覧・要約書から計算する")
  void theDefaultTableReproducesArticle31() {
    FeeTable table = FeeTable.load("default");
    assertThat(table.compute(new Quantities(40, 1, 0, 0, 0, 0)).total()).isEqualTo(3850 + 40 * 33 + 2200);
    assertThat(table.compute(new Quantities(0, 0, 0, 2, 1, 0)).total()).isEqualTo(2 * 5500 + 1100);
    assertThat(table.compute(new Quantities(0, 0, 1, 0, 0, 1)).total()).isEqualTo(3850 + 5500 + 33000);
    assertThat(table.compute(new Quantities(0, 0, 0, 0, 0, 0)).total()).isZero();
  }

  @Test
  @DisplayName("001: 請求1件4,000円、1枚50円、光ディスク1枚1,500円")
  void the001TableChargesPerRequestPageAndDisc() {
    FeeTable table = FeeTable.load("001");
    assertThat(table.compute(new Quantities(10, 1, 1, 0, 0, 0)).total()).isEqualTo(4000 + 500 + 3000);
    assertThat(table.compute(new Quantities(0, 0, 0, 0, 0, 0)).total()).isEqualTo(4000);
  }

  @Test
  @DisplayName("第31条: 負の料金の表は読み込まれず、ファイルと行を示す")
  void aNegativePriceRefusesTheTable() {
    assertThatThrownBy(() -> FeeTable.load("negative")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("request/fees-negative.yaml").hasMessageContaining("row 2 (page)")
        .hasMessageContaining("negative");
  }

  @Test
  @DisplayName("第31条: 料金のない行がある表は読み込まれず、ファイルと行を示す")
  void aMissingPriceRefusesTheTable() {
    assertThatThrownBy(() -> FeeTable.load("missing")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("request/fees-missing.yaml").hasMessageContaining("row 1 (request)")
        .hasMessageContaining("price is missing");
  }

  @Test
  @DisplayName("第31条: 設定した表がなければ起動しない")
  void anUnknownTableRefusesToStart() {
    assertThatThrownBy(() -> new FeeTables(settingsWith("nosuch"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("request/fees-nosuch.yaml");
  }

  private static RequestSettings settingsWith(String table) {
    return new RequestSettings(14, 3, 2, "any", true, table, "committee", 90);
  }
}
