package jp.mamori.tasks.form;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FormPrefillTest {

  private final FormDefinition form = TestForms.allFieldTypes();

  @Test
  void usesDefaultsWhenThereAreNoVariables() {
    Map<String, Object> values = FormPrefill.initialValues(form, null);

    assertThat(values).contains(
        entry("reporterName", null),
        entry("affectedCount", "1"),
        entry("medium", "paper"),
        entry("categories", List.of()),
        entry("contained", false),
        entry("caseNumber", null));
    assertThat(values).doesNotContainKeys("foundAt", "attachments");
    assertThat(values.keySet()).doesNotContainNull();
  }

  @Test
  void turnsVariablesIntoWhatTheInputsShow() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("affectedCount", 12L);
    variables.put("fee", 1.0E7);
    variables.put("beds", new BigDecimal("40.00"));
    variables.put("reporterName", "山田 太郎");
    variables.put("room", 101);
    variables.put("foundOn", "2024-04-01");
    variables.put("status", "confirmed");
    variables.put("categories", List.of("health", "genetic"));
    variables.put("tags", "[\"urgent\"]");
    variables.put("contained", Boolean.TRUE);
    variables.put("confirmed", "true");
    variables.put("caseNumber", "INC-2024-001");

    Map<String, Object> values = FormPrefill.initialValues(form, variables);

    assertThat(values).contains(
        entry("affectedCount", "12"),
        entry("fee", "10000000"),
        entry("beds", "40"),
        entry("reporterName", "山田 太郎"),
        entry("room", "101"),
        entry("foundOn", "2024-04-01"),
        entry("status", "confirmed"),
        entry("categories", List.of("health", "genetic")),
        entry("tags", List.of("urgent")),
        entry("contained", true),
        entry("confirmed", true),
        entry("caseNumber", "INC-2024-001"));
  }

  @Test
  void showsDateObjectsAsIsoDays() {
    Date midnight = Date.from(LocalDate.of(2024, 4, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());

    assertThat(FormPrefill.initialValues(form, Map.of("foundOn", midnight))).containsEntry("foundOn", "2024-04-01");
    assertThat(FormPrefill.initialValues(form, Map.of("foundOn", LocalDate.of(2024, 4, 2))))
        .containsEntry("foundOn", "2024-04-02");
  }

  @Test
  void aVariableSetToNullWinsOverTheDefault() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("medium", null);

    assertThat(FormPrefill.initialValues(form, variables)).containsEntry("medium", null);
  }

  @Test
  void submittingThePrefilledFormUnchangedGivesBackTheVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("amount", 1500L);
    variables.put("decision", "approve");
    variables.put("comment", "OK");
    variables.put("urgent", true);
    variables.put("requester", "sato");
    FormDefinition approve = TestForms.approveForm();

    Map<String, Object> resubmitted = FormValueConverter.toVariables(approve, FormPrefill.initialValues(approve, variables));

    assertThat(resubmitted).isEqualTo(Map.of("amount", 1500L, "decision", "approve", "comment", "OK", "urgent", true));
  }

  @Test
  void givesTheUiAMapItMayWriteInto() {
    Map<String, Object> values = FormPrefill.initialValues(TestForms.approveForm(), Map.of());

    values.put("comment", "typed by the user");

    assertThat(values).containsEntry("comment", "typed by the user");
  }
}
