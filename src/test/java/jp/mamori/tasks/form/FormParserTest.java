package jp.mamori.tasks.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FormParserTest {

  @Test
  void parsesTheApproveForm() {
    FormDefinition form = TestForms.approveForm();

    assertThat(form.id()).isEqualTo("approve-form");
    assertThat(form.fields())
        .extracting(FormField::id, FormField::key, FormField::type, FormField::label, FormField::readonly)
        .containsExactly(
            tuple("Field_intro", null, FieldType.TEXT, "Field_intro", false),
            tuple("Field_requester", "requester", FieldType.TEXTFIELD, "Requester", true),
            tuple("Field_amount", "amount", FieldType.NUMBER, "Amount", false),
            tuple("Field_decision", "decision", FieldType.RADIO, "Decision", false),
            tuple("Field_comment", "comment", FieldType.TEXTAREA, "Comment", false),
            tuple("Field_urgent", "urgent", FieldType.CHECKBOX, "Urgent", false));
    assertThat(form.fields().get(0).text()).isEqualTo("# Approve request");

    FormField amount = form.field("amount").orElseThrow();
    assertThat(amount.isRequired()).isTrue();
    assertThat(amount.validation().min()).isEqualByComparingTo("0");
    assertThat(amount.validation().max()).isNull();

    assertThat(form.field("decision").orElseThrow().options()).containsExactly(
        new Option("Approve", "approve"), new Option("Reject", "reject"));
    assertThat(form.editableFields()).extracting(FormField::key)
        .containsExactly("amount", "decision", "comment", "urgent");
  }

  @Test
  void flattensNestedGroupsInOrderAndDropsPureLayout() {
    FormDefinition form = TestForms.allFieldTypes();

    assertThat(form.fields()).extracting(FormField::id).containsExactly(
        "Field_heading", "Field_reporter", "Field_mail", "Field_phone", "Field_patient", "Field_room",
        "Field_cause", "Field_count", "Field_fee", "Field_beds", "Field_found", "Field_time",
        "Field_medium", "Field_status", "Field_categories", "Field_tags", "Field_contained",
        "Field_confirm", "Field_case", "Field_files");
  }

  @Test
  void mapsEveryFieldType() {
    FormDefinition form = TestForms.allFieldTypes();

    assertThat(form.fields()).extracting(FormField::key, FormField::type).contains(
        tuple(null, FieldType.TEXT),
        tuple("reporterName", FieldType.TEXTFIELD),
        tuple("cause", FieldType.TEXTAREA),
        tuple("affectedCount", FieldType.NUMBER),
        tuple("foundOn", FieldType.DATETIME),
        tuple("foundAt", FieldType.UNSUPPORTED),
        tuple("medium", FieldType.SELECT),
        tuple("status", FieldType.RADIO),
        tuple("categories", FieldType.CHECKLIST),
        tuple("tags", FieldType.CHECKLIST),
        tuple("contained", FieldType.CHECKBOX),
        tuple("attachments", FieldType.UNSUPPORTED));
  }

  @Test
  void readsFieldProperties() {
    FormDefinition form = TestForms.allFieldTypes();

    FormField reporter = form.field("reporterName").orElseThrow();
    assertThat(reporter.description()).isEqualTo("姓と名の間は空白");
    assertThat(reporter.validation()).isEqualTo(
        new FieldValidation(true, null, null, 2, 20, null, null, null, null));

    assertThat(form.field("email").orElseThrow().validation().format()).isEqualTo(TextFormat.EMAIL);
    assertThat(form.field("phone").orElseThrow().validation().format()).isEqualTo(TextFormat.PHONE);
    assertThat(form.field("patientId").orElseThrow().validation().pattern()).isEqualTo("[0-9]{7}");
    assertThat(form.field("room").orElseThrow().validation().patternErrorMessage()).isEqualTo("例: A101");

    FormField count = form.field("affectedCount").orElseThrow();
    assertThat(count.defaultValue()).isEqualTo(BigDecimal.ONE);
    assertThat(count.validation().max()).isEqualByComparingTo("100000");
    assertThat(form.field("fee").orElseThrow().decimalDigits()).isEqualTo(2);
    assertThat(form.field("fee").orElseThrow().validation().min()).isEqualByComparingTo("0.5");

    assertThat(form.field("foundOn").orElseThrow().label()).isEqualTo("発見日");
    assertThat(form.field("medium").orElseThrow().defaultValue()).isEqualTo("paper");
    assertThat(form.field("categories").orElseThrow().options()).extracting(Option::value)
        .containsExactly("health", "genetic", "criminal");
    assertThat(form.field("caseNumber").orElseThrow().readonly()).isTrue();
    assertThat(form.fields().get(0).text()).startsWith("## 漏えい等の報告");
  }

  @Test
  void copesWithMissingKeysAndExpressions() {
    FormDefinition form = TestForms.load("expressions.form");

    FormField unbound = form.fields().get(0);
    assertThat(unbound.key()).isNull();
    assertThat(unbound.isBound()).isFalse();

    FormField age = form.field("age").orElseThrow();
    assertThat(age.label()).as("an expression label falls back to the key").isEqualTo("age");
    assertThat(age.validation().min()).as("a FEEL bound cannot be enforced").isNull();

    assertThat(form.field("ward").orElseThrow().readonly())
        .as("a read-only condition cannot be evaluated, so the field stays read-only").isTrue();
    assertThat(form.fields()).extracting(FormField::id, FormField::type).contains(
        tuple("Field_4", FieldType.UNSUPPORTED), tuple("Field_5", FieldType.UNSUPPORTED));
    assertThat(form.field("weird").orElseThrow().isBound()).isFalse();
  }

  @Test
  void readsFromAStreamLikeFromText() {
    String json = "{\"id\":\"f\",\"components\":[{\"type\":\"textfield\",\"id\":\"F\",\"key\":\"名前\",\"label\":\"氏名\"}]}";

    FormDefinition fromStream = FormParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(fromStream).isEqualTo(FormParser.parse(json));
    assertThat(fromStream.field("名前").orElseThrow().label()).isEqualTo("氏名");
  }

  @Test
  void survivesSerializationLikeAViewScopedBean() throws Exception {
    FormDefinition form = TestForms.allFieldTypes();
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(form);
    }

    try (var in = new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(form);
    }
  }

  @Test
  void tellsWhichTypesOfferOptions() {
    assertThat(FieldType.values()).filteredOn(FieldType::hasOptions)
        .containsExactly(FieldType.SELECT, FieldType.RADIO, FieldType.CHECKLIST);
  }

  @Test
  void leavesTheStreamToTheCaller() {
    var closed = new boolean[1];
    var in = new ByteArrayInputStream("{\"components\":[]}".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    FormParser.parse(in);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void keepsAComponentWithoutTypeAsUnsupported() {
    FormDefinition form = FormParser.parse("{\"components\":[{\"id\":\"F\",\"key\":\"k\",\"label\":\"K\"}]}");

    assertThat(form.fields()).extracting(FormField::type).containsExactly(FieldType.UNSUPPORTED);
  }

  @Test
  void refusesMalformedJsonWithItsPosition() {
    assertThatThrownBy(() -> TestForms.load("broken-json.form"))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageStartingWith("The form is not valid JSON at line 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "{\"id\":\"x\"}", "{\"components\":{}}", "{\"components\":[]} trailing"})
  void refusesWhatIsNotAForm(String json) {
    assertThatThrownBy(() -> FormParser.parse(json)).isInstanceOf(InvalidFormException.class);
  }

  @Test
  void refusesTwoFieldsWithOneKey() {
    assertThatThrownBy(() -> TestForms.load("duplicate-key.form"))
        .isInstanceOf(InvalidFormException.class)
        .hasMessage("Form 'duplicate-key': the fields \"Name\" and \"Name again\" both use the key 'name'");
  }

  @Test
  void refusesTwoFieldsWithOneId() {
    String json = "{\"id\":\"f\",\"components\":[{\"type\":\"text\",\"id\":\"X\"},{\"type\":\"text\",\"id\":\"X\"}]}";

    assertThatThrownBy(() -> FormParser.parse(json)).hasMessageContaining("both use the id 'X'");
  }

  @Test
  void refusesAPatternThatDoesNotCompile() {
    String json = "{\"id\":\"f\",\"components\":[{\"type\":\"textfield\",\"id\":\"F\",\"key\":\"k\","
        + "\"validate\":{\"pattern\":\"[0-9\"}}]}";

    assertThatThrownBy(() -> FormParser.parse(json))
        .isInstanceOf(InvalidFormException.class)
        .hasMessageContaining("Field 'F' has a pattern that is not a valid regular expression");
  }

  @Test
  void keepsOptionValuesThatAreNumbers() {
    String json = "{\"id\":\"f\",\"components\":[{\"type\":\"select\",\"id\":\"F\",\"key\":\"k\","
        + "\"values\":[{\"value\":1},{\"label\":\"Two\",\"value\":\"2\"}]}]}";

    assertThat(FormParser.parse(json).fields().get(0).options())
        .isEqualTo(List.of(new Option("1", "1"), new Option("Two", "2")));
  }
}
