package jp.mamori.outsourcing.registry;

import java.util.Map;
import jp.mamori.process.CaseVariables;

/**
 * The supervising manager's notification of an intent to entrust personal information (第25条1): the contractor,
 * the services (scope of work), the data items and their volume, how the data flows, and the planned term.
 */
public record ContractIntent(String contractorName, String contractorAddress, String services, String dataItems,
    String dataVolume, String dataFlow, String plannedTerm) {

  public static ContractIntent of(Map<String, Object> variables) {
    return new ContractIntent(CaseVariables.text(variables, "contractorName"),
        CaseVariables.text(variables, "contractorAddress"), CaseVariables.text(variables, "services"),
        CaseVariables.text(variables, "dataItems"), CaseVariables.text(variables, "dataVolume"),
        CaseVariables.text(variables, "dataFlow"), CaseVariables.text(variables, "plannedTerm"));
  }
}
