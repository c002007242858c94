package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one cell function of every CSV the app writes (audit, PPC report, dashboard lists). */
class CsvTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1", "=HYPERLINK(\"x\")"})
  void aCellThatAFormulaCouldStartWithIsShownAsText(String value) {
    assertThat(Csv.neutralize(value)).isEqualTo("'" + value);
    assertThat(Csv.cell(value)).startsWith("\"'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"紹介状2通", "NP-20261122-3F9A1C", "a=b", " =1", "'quoted"})
  void anOrdinaryCellStaysAsItIs(String value) {
    assertThat(Csv.neutralize(value)).isEqualTo(value);
  }

  @Test
  void quotesAreDoubledAndNullIsEmpty() {
    assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.cell(null)).isEqualTo("\"\"");
    assertThat(Csv.cell("=\"x\"")).isEqualTo("\"'=\"\"x\"\"\"");
  }
}
