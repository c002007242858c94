package jp.mamori.tasks.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FormValueConverterTest {

  private final FormDefinition form = TestForms.allFieldTypes();

  @Test
  void typesEveryEditableField() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("reporterName", "  山田 太郎　");
    raw.put("email", "");
    raw.put("cause", "鍵の掛け忘れ\n");
    raw.put("affectedCount", "5");
    raw.put("fee", "5");
    raw.put("beds", "10");
    raw.put("foundOn", "2024-04-01");
    raw.put("medium", "electronic");
    raw.put("categories", new String[] {"health", "genetic", "health"});
    raw.put("tags", List.of("urgent"));
    raw.put("confirmed", Boolean.TRUE);

    Map<String, Object> variables = FormValueConverter.toVariables(form, raw);

    assertThat(variables).containsExactly(
        entry("reporterName", "山田 太郎"),
        entry("email", null),
        entry("phone", null),
        entry("patientId", null),
        entry("room", null),
        entry("cause", "鍵の掛け忘れ"),
        entry("affectedCount", 5L),
        entry("fee", 5.0d),
        entry("beds", 10L),
        entry("foundOn", "2024-04-01"),
        entry("medium", "electronic"),
        entry("status", null),
        entry("categories", List.of("health", "genetic")),
        entry("tags", List.of("urgent")),
        entry("contained", false),
        entry("confirmed", true));
  }

  @ParameterizedTest(name = "{0} as {1} gives {3}")
  @CsvSource({
      "affectedCount, 5,                    Long,   5",
      "affectedCount, 5.0,                  Long,   5",
      "affectedCount, -3,                   Long,   -3",
      "affectedCount, １２,                  Long,   12",
      "affectedCount, 2.5,                  Double, 2.5",
      "affectedCount, 99999999999999999999, Double, 1.0E20",
      "beds,          7.00,                 Long,   7",
      "fee,           5,                    Double, 5.0",
      "fee,           1.25,                 Double, 1.25"})
  void storesWholeNumbersAsLongAndTheRestAsDouble(String key, String input, String type, String expected) {
    Object value = FormValueConverter.toVariables(form, Map.of(key, input)).get(key);

    assertThat(value.getClass().getSimpleName()).isEqualTo(type);
    assertThat(value).hasToString(expected);
  }

  @Test
  void acceptsDatesAsLocalDateDateOrText() {
    Date midnight = Date.from(LocalDate.of(2024, 4, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());

    assertThat(dateVariable(LocalDate.of(2024, 4, 1))).isEqualTo("2024-04-01");
    assertThat(dateVariable(midnight)).isEqualTo("2024-04-01");
    assertThat(dateVariable(new java.sql.Date(midnight.getTime()))).isEqualTo("2024-04-01");
    assertThat(dateVariable("２０２４-０４-０１")).isEqualTo("2024-04-01");
    assertThat(dateVariable(" ")).isNull();
  }

  @Test
  void readsAChecklistSentAsTheTextOfAJsonArray() {
    assertThat(checklistVariable("[\"health\", \"genetic\", \"health\"]")).isEqualTo(List.of("health", "genetic"));
    assertThat(checklistVariable(" [] ")).isEqualTo(List.of());
    assertThat(checklistVariable("health")).isEqualTo(List.of("health"));
    // no JSON (here: text after the array): one choice, which no option matches
    assertThat(checklistVariable("[\"health\"] genetic")).isEqualTo(List.of("[\"health\"] genetic"));
  }

  @Test
  void neverTakesReadOnlyDisplayOnlyOrUnsupportedFieldsFromTheRequest() {
    Map<String, Object> raw = TestForms.validAllFieldTypesSubmission();
    raw.put("caseNumber", "FORGED-001");
    raw.put("foundAt", "12:00");
    raw.put("attachments", "evil.exe");
    raw.put("Field_heading", "text");
    raw.put("notInTheForm", "x");

    assertThat(FormValueConverter.toVariables(form, raw))
        .doesNotContainKeys("caseNumber", "foundAt", "attachments", "Field_heading", "notInTheForm");
  }

  @Test
  void ignoresTheReadOnlyRequesterOfTheApproveForm() {
    Map<String, Object> raw = Map.of("requester", "mallory", "amount", "1200", "decision", "approve", "urgent", true);

    assertThat(FormValueConverter.toVariables(TestForms.approveForm(), raw)).containsExactlyInAnyOrderEntriesOf(
        mapOf("amount", 1200L, "decision", "approve", "comment", null, "urgent", true));
  }

  @Test
  void leavesOutWhatCannotBeReadInsteadOfThrowing() {
    Map<String, Object> raw = Map.of("affectedCount", "12x", "foundOn", "yesterday", "confirmed", "perhaps");

    assertThat(FormValueConverter.toVariables(form, raw))
        .doesNotContainKeys("affectedCount", "foundOn", "confirmed")
        .containsEntry("contained", false);
  }

  @Test
  void submissionConvertsOnlyValidInput() {
    FormDefinition approve = TestForms.approveForm();

    FormSubmission invalid = FormSubmission.of(approve, Map.of("amount", "12x", "decision", "approve"), Locale.JAPANESE);
    assertThat(invalid.isValid()).isFalse();
    assertThat(invalid.variables()).isEmpty();
    assertThat(invalid.errors()).extracting(FieldError::message).containsExactly("「Amount」には数値を入力してください。");

    FormSubmission valid = FormSubmission.of(approve, Map.of("amount", "12.5", "decision", "approve"), Locale.JAPANESE);
    assertThat(valid.isValid()).isTrue();
    assertThat(valid.variables()).containsEntry("amount", 12.5d).containsEntry("urgent", false);
  }

  private Object dateVariable(Object raw) {
    Map<String, Object> values = new HashMap<>();
    values.put("foundOn", raw);
    return FormValueConverter.toVariables(form, values).get("foundOn");
  }

  private static Map<String, Object> mapOf(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private Object checklistVariable(String sent) {
    Map<String, Object> raw = TestForms.validAllFieldTypesSubmission();
    raw.put("categories", sent);
    return FormValueConverter.toVariables(form, raw).get("categories");
  }
}
