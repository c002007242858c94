package jp.mamori.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.tasks.FieldChoices;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.FormParser;
import jp.mamori.tasks.form.Option;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #17 item 6 (ADR 0030): the follow-ups of an outsourcing contract — a breach report (第25条4) and a
 * re-outsourcing request (Keio 22) — pick the contract by its case number and contractor from the registry
 * ({@code "picker": "contractCase"}) instead of typing "OC-…": the contracts in force are offered, a contract still
 * under due diligence is not, and the value stays the case number the glue reads.
 */
class ContractCasePickerTest extends OutsourcingTestBase {

  @Autowired List<FieldChoices> choices;

  @Test
  void theFollowUpFormsOfferTheContractsInForceByCaseNumberAndContractor() throws IOException {
    String active = uniqueName("選択対象委託社");
    String activeKey = concludedContract(active, LocalDate.now(clock), null);
    String reviewed = uniqueName("審査中委託社");
    String underReviewKey = fileIntent(privacyLead, reviewed).getBusinessKey();

    for (String form : List.of("outsourcing-breach-report", "outsourcing-subcontract-request")) {
      FormField field = contractKeyOf(form);
      assertThat(field.picker()).as(form).isEqualTo("contractCase");
      List<Option> offered = contractCases().choices(field);
      assertThat(offered).as(form).contains(new Option(activeKey + " " + active, activeKey));
      assertThat(offered).as(form).extracting(Option::value).doesNotContain(underReviewKey);
      // the value is what the field's pattern asked to be typed
      assertThat(activeKey).matches(field.validation().pattern());
    }
    // a re-outsourcing needs an active contract (Keio 22); a breach may be found under a suspended one (第25条4)
    assertThat(contractKeyOf("outsourcing-subcontract-request").properties()).containsEntry("contractStatus", "ACTIVE");
    assertThat(contractKeyOf("outsourcing-breach-report").properties()).doesNotContainKey("contractStatus");
  }

  private FieldChoices contractCases() {
    return choices.stream().filter(c -> c.kind().equals("contractCase")).findFirst().orElseThrow();
  }

  private static FormField contractKeyOf(String form) throws IOException {
    try (InputStream in = ContractCasePickerTest.class.getResourceAsStream("/forms/" + form + ".form")) {
      return FormParser.parse(in).fields().stream().filter(f -> "contractKey".equals(f.key())).findFirst()
          .orElseThrow();
    }
  }
}
