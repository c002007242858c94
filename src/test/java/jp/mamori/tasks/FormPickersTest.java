package jp.mamori.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.tasks.form.FormParser;
import jp.mamori.tasks.form.FormSubmission;
import org.junit.jupiter.api.Test;

/**
 * Issue #17 item 6 (ADR 0030): a several-entry picker shows the stored text as a list and stores the list as the
 * same text; the fiscal year is prefilled (April to March); the date picker's Japanese order is stored as ISO.
 */
class FormPickersTest {

  private static final String FORM = """
      {"components": [
        {"type": "textfield", "id": "F1", "key": "entries", "label": "台帳",
         "validate": {"pattern": "[0-9]+( *, *[0-9]+)*"},
         "properties": {"picker": "ledgerEntry", "multiple": "true"}},
        {"type": "number", "id": "F2", "key": "year", "label": "年度", "properties": {"prefill": "fiscalYear"}},
        {"type": "textfield", "id": "F3", "key": "at", "label": "時刻", "properties": {"picker": "time"}}
      ], "type": "default", "id": "pickers"}
      """;

  private static RenderedForm form(Map<String, Object> variables) {
    return new RenderedForm(FormParser.parse(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8))),
        variables);
  }

  @Test
  void severalEntriesAreAListOnThePageAndOneTextInTheCase() {
    RenderedForm form = form(Map.of("entries", "3, 7"));
    assertThat(form.getValues().get("entries")).isEqualTo(List.of("3", "7"));
    assertThat(form.getFields().get(0).isChoicePicker()).isTrue();
    assertThat(form.getFields().get(2).isTimePicker()).isTrue();
    assertThat(form.getFields().get(2).isChoicePicker()).isFalse();

    // the widget posts an array
    form.getValues().put("entries", new String[] {"3", "7", "12"});
    FormSubmission submission = form.submit(Locale.JAPANESE);
    assertThat(submission.isValid()).isTrue();
    assertThat(submission.variables()).containsEntry("entries", "3, 7, 12");
  }

  @Test
  void theFiscalYearStartsInApril() {
    assertThat(form(Map.of()).prefill(LocalDate.of(2027, 3, 31)).getValues().get("year")).isEqualTo("2026");
    assertThat(form(Map.of()).prefill(LocalDate.of(2027, 4, 1)).getValues().get("year")).isEqualTo("2027");
    // a value the case already has wins
    assertThat(form(Map.of("year", 2020L)).prefill(LocalDate.of(2027, 4, 1)).getValues().get("year")).isEqualTo("2020");
  }

  @Test
  void aDateInJapaneseOrderIsStoredAsIso() {
    JapaneseDateText dates = new JapaneseDateText();
    assertThat(dates.getAsObject(null, null, "2026/11/30")).isEqualTo("2026-11-30");
    assertThat(dates.getAsString(null, null, "2026-11-30")).isEqualTo("2026/11/30");
    // anything else is left for the validator to name
    assertThat(dates.getAsObject(null, null, "2026-11-30")).isEqualTo("2026-11-30");
    assertThat(dates.getAsObject(null, null, "昨日")).isEqualTo("昨日");
  }
}
