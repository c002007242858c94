package jp.mamori.outsourcing.registry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.tasks.FieldChoices;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.Option;
import org.springframework.stereotype.Component;

/**
 * The outsourcing contracts for a form's {@code "picker": "contractCase"} (issue #17 item 6, ADR 0030): "case number
 * contractor", the value the contract's case number, as the follow-up forms (a breach report, a re-outsourcing
 * request) stored it when it was typed. By default the contracts in force (第25条3: the contractor holds the
 * hospital's data); the field's {@code contractStatus} property (e.g. {@code ACTIVE}) narrows them.
 */
@Component
class ContractCaseChoices implements FieldChoices {

  private final Contractors contractors;

  ContractCaseChoices(Contractors contractors) {
    this.contractors = contractors;
  }

  @Override
  public String kind() {
    return "contractCase";
  }

  @Override
  public List<Option> choices(FormField field) {
    return contractors.contractCases(states(field.properties().get("contractStatus"))).stream()
        .map(c -> new Option(c.caseKey() + " " + c.contractorName(), c.caseKey()))
        .toList();
  }

  private static Set<ContractStatus> states(String property) {
    if (property == null || property.isBlank()) {
      return EnumSet.copyOf(Arrays.stream(ContractStatus.values()).filter(ContractStatus::inForce).toList());
    }
    return Arrays.stream(property.split(",")).map(s -> ContractStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContractStatus.class)));
  }
}
