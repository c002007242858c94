package jp.mamori.tasks.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FormValidatorTest {

  private final FormDefinition form = TestForms.allFieldTypes();

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        arguments("reporterName", "  ", "「報告者氏名」は必須です。", "\"報告者氏名\" is required."),
        arguments("reporterName", "山", "「報告者氏名」は2文字以上で入力してください。",
            "\"報告者氏名\" must be at least 2 characters long."),
        arguments("reporterName", "あ".repeat(21), "「報告者氏名」は20文字以内で入力してください。",
            "\"報告者氏名\" must be at most 20 characters long."),
        arguments("email", "yamada@", "「メールアドレス」には正しいメールアドレスを入力してください。",
            "\"メールアドレス\" must be a valid e-mail address."),
        arguments("phone", "03-1234-5678", "「電話番号」には国番号付きの電話番号を入力してください（例: +81312345678）。",
            "\"電話番号\" must be an international phone number (e.g. +81312345678)."),
        arguments("patientId", "1234567x", "「患者ID」の形式が正しくありません。",
            "\"患者ID\" is not in the expected format."),
        arguments("room", "a101", "「病室」の形式が正しくありません（例: A101）。",
            "\"病室\" is not in the expected format (例: A101)."),
        arguments("affectedCount", "12x", "「対象人数」には数値を入力してください。", "\"対象人数\" must be a number."),
        arguments("affectedCount", "0", "「対象人数」は1以上で入力してください。", "\"対象人数\" must be at least 1."),
        arguments("affectedCount", "100001", "「対象人数」は100000以下で入力してください。",
            "\"対象人数\" must be at most 100000."),
        arguments("fee", "0.25", "「手数料」は0.5以上で入力してください。", "\"手数料\" must be at least 0.5."),
        arguments("fee", "1.234", "「手数料」は小数点以下2桁以内で入力してください。",
            "\"手数料\" may have at most 2 decimal places."),
        arguments("beds", "10.5", "「病床数」には整数を入力してください。", "\"病床数\" must be a whole number."),
        arguments("foundOn", "", "「発見日」は必須です。", "\"発見日\" is required."),
        arguments("foundOn", "2024-02-30", "「発見日」には正しい日付（yyyy-MM-dd）を入力してください。",
            "\"発見日\" must be a valid date (yyyy-MM-dd)."),
        arguments("foundOn", "2024/04/01", "「発見日」には正しい日付（yyyy-MM-dd）を入力してください。",
            "\"発見日\" must be a valid date (yyyy-MM-dd)."),
        arguments("medium", "usb-stick", "「媒体」は選択肢の中から選んでください。",
            "\"媒体\" must be one of the offered options."),
        arguments("status", "Confirmed", "「状況」は選択肢の中から選んでください。",
            "\"状況\" must be one of the offered options."),
        arguments("categories", List.of(), "「要配慮個人情報」を1つ以上選択してください。",
            "Please select at least one option for \"要配慮個人情報\"."),
        arguments("categories", new String[] {"health", "religion"}, "「要配慮個人情報」は選択肢の中から選んでください。",
            "\"要配慮個人情報\" must be one of the offered options."),
        // a REST client's checklist as the text of a JSON array (the shared bench's plan sends it so)
        arguments("categories", "[\"health\", \"religion\"]", "「要配慮個人情報」は選択肢の中から選んでください。",
            "\"要配慮個人情報\" must be one of the offered options."),
        arguments("categories", "[]", "「要配慮個人情報」を1つ以上選択してください。",
            "Please select at least one option for \"要配慮個人情報\"."),
        arguments("categories", "[\"health\"", "「要配慮個人情報」は選択肢の中から選んでください。",
            "\"要配慮個人情報\" must be one of the offered options."),
        arguments("categories", "[\"health\", null]", "「要配慮個人情報」の値が正しくありません。",
            "\"要配慮個人情報\" has an invalid value."),
        arguments("categories", "[[\"health\"]]", "「要配慮個人情報」の値が正しくありません。",
            "\"要配慮個人情報\" has an invalid value."),
        arguments("confirmed", Boolean.FALSE, "「内容を確認しました」にチェックを入れてください。",
            "Please check \"内容を確認しました\"."),
        arguments("contained", "maybe", "「封じ込め済み」の値が正しくありません。", "\"封じ込め済み\" has an invalid value."),
        arguments("cause", List.of("a", "b"), "「原因」の値が正しくありません。", "\"原因\" has an invalid value."),
        // a right-to-left override (U+202E) makes 山田abc read as 山田cba: refused, whatever the rules of the field
        arguments("reporterName", "山田\u202Eabc", "「報告者氏名」に文字の表示方向を変える見えない制御文字が含まれています。取り除いてから入力してください。",
            "\"報告者氏名\" contains invisible characters that change the direction of text; please remove them."));
  }

  @Test
  void acceptsAValidSubmission() {
    assertThat(FormValidator.validate(form, TestForms.validAllFieldTypesSubmission(), Locale.JAPANESE)).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("brokenRules")
  void reportsEachBrokenRuleInJapanese(String key, Object value, String japanese, String english) {
    assertThat(validateWith(key, value, Locale.JAPANESE))
        .containsExactly(new FieldError(key, form.field(key).orElseThrow().label(), japanese));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("brokenRules")
  void reportsEachBrokenRuleInEnglish(String key, Object value, String japanese, String english) {
    assertThat(validateWith(key, value, Locale.ENGLISH)).extracting(FieldError::message).containsExactly(english);
  }

  @Test
  void speaksJapaneseWithoutALocaleAndEnglishForOtherLanguages() {
    assertThat(messagesFor(null)).containsExactly("「報告者氏名」は必須です。");
    assertThat(messagesFor(Locale.JAPAN)).containsExactly("「報告者氏名」は必須です。");
    assertThat(messagesFor(Locale.US)).containsExactly("\"報告者氏名\" is required.");
    assertThat(messagesFor(Locale.FRENCH)).containsExactly("\"報告者氏名\" is required.");
  }

  @Test
  void fallsBackToEnglishEvenOnAJapaneseServer() {
    Locale serverDefault = Locale.getDefault();
    try {
      Locale.setDefault(Locale.JAPAN);
      ResourceBundle.clearCache(FormMessages.class.getClassLoader());

      assertThat(messagesFor(Locale.FRENCH)).containsExactly("\"報告者氏名\" is required.");
    } finally {
      Locale.setDefault(serverDefault);
    }
  }

  @Test
  void treatsMissingValuesAsEmpty() {
    assertThat(FormValidator.validate(form, Map.of(), Locale.JAPANESE)).extracting(FieldError::fieldKey)
        .containsExactly("reporterName", "foundOn", "categories", "confirmed");
    assertThat(FormValidator.validate(form, null, Locale.JAPANESE)).hasSize(4);
  }

  @Test
  void doesNotCheckReadOnlyFields() {
    Map<String, Object> raw = TestForms.validAllFieldTypesSubmission();
    raw.put("caseNumber", List.of("forged", "values"));

    assertThat(form.field("caseNumber").orElseThrow().isRequired()).isTrue();
    assertThat(FormValidator.validate(form, raw, Locale.JAPANESE)).isEmpty();
  }

  @Test
  void refusesAForgedRadioValueInTheApproveForm() {
    Map<String, Object> raw = Map.of("amount", "1000", "decision", "approve-all");

    assertThat(FormValidator.validate(TestForms.approveForm(), raw, Locale.ENGLISH))
        .containsExactly(new FieldError("decision", "Decision", "\"Decision\" must be one of the offered options."));
  }

  @Test
  void refusesANegativeAmountInTheApproveForm() {
    Map<String, Object> raw = Map.of("amount", "-1", "decision", "approve");

    assertThat(FormValidator.validate(TestForms.approveForm(), raw, Locale.JAPANESE))
        .extracting(FieldError::message).containsExactly("「Amount」は0以上で入力してください。");
  }

  @Test
  void aRejectionNeedsItsReasonButAnApprovalDoesNot() {
    FormDefinition approve = TestForms.approveForm();

    assertThat(FormValidator.validate(approve, Map.of("amount", "1", "decision", "reject", "comment", " "),
        Locale.JAPANESE)).extracting(FieldError::message).containsExactly("「Comment」は必須です。");
    assertThat(FormValidator.validate(approve, Map.of("amount", "1", "decision", "reject", "comment", "予算超過"),
        Locale.JAPANESE)).isEmpty();
    assertThat(FormValidator.validate(approve, Map.of("amount", "1", "decision", "approve"), Locale.JAPANESE))
        .isEmpty();
  }

  @Test
  void aRequiredWhenRuleWithoutValuesIsAMistakeInTheForm() {
    assertThatThrownBy(() -> RequiredWhen.parse("decision=", "Field_comment"))
        .isInstanceOf(InvalidFormException.class).hasMessageContaining("Field_comment");
    assertThatThrownBy(() -> RequiredWhen.parse("reject", "Field_comment"))
        .isInstanceOf(InvalidFormException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "100000", "１２", " 42 ", "+7", "12.0"})
  void acceptsNumbersAsPeopleTypeThem(String count) {
    assertThat(validateWith("affectedCount", count, Locale.JAPANESE)).isEmpty();
  }

  @Test
  void acceptsWellFormedContactsAndPatterns() {
    Map<String, Object> raw = TestForms.validAllFieldTypesSubmission();
    raw.put("email", "taro.yamada@hospital.example.jp");
    raw.put("phone", "+81312345678");
    raw.put("patientId", "0012345");
    raw.put("room", "A101");
    raw.put("fee", "1.50");
    raw.put("foundOn", LocalDate.of(2024, 4, 1));
    raw.put("categories", new String[] {"health", "criminal"});
    raw.put("status", "confirmed");

    assertThat(FormValidator.validate(form, raw, Locale.JAPANESE)).isEmpty();
  }

  @Test
  void countsCharactersNotUtf16Units() {
    // 𠮷 lies outside the Basic Multilingual Plane: two chars in Java, one character for the reader
    assertThat(validateWith("reporterName", "𠮷野", Locale.JAPANESE)).isEmpty();
    assertThat(validateWith("reporterName", "𠮷", Locale.JAPANESE)).hasSize(1);
  }

  private List<FieldError> validateWith(String key, Object value, Locale locale) {
    Map<String, Object> raw = new HashMap<>(TestForms.validAllFieldTypesSubmission());
    raw.put(key, value);
    return FormValidator.validate(form, raw, locale);
  }

  private List<String> messagesFor(Locale locale) {
    return validateWith("reporterName", null, locale).stream().map(FieldError::message).toList();
  }
}
