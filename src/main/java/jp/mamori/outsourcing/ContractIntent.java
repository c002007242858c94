package jp.mamori.outsourcing;

import java.util.Map;

/**
 * The supervising manager's notification of an intent to entrust personal information (第25条1): the contractor,
 * the services (scope of work), the data items and their volume, how the data flows, and the planned term.
 */
public record ContractIntent(String contractorName, String contractorAddress, String services, String dataItems,
    String dataVolume, String dataFlow, String plannedTerm) {

  static ContractIntent of(Map<String, Object> variables) {
    return new ContractIntent(Variables.text(variables, "contractorName"),
        Variables.text(variables, "contractorAddress"), Variables.text(variables, "services"),
        Variables.text(variables, "dataItems"), Variables.text(variables, "dataVolume"),
        Variables.text(variables, "dataFlow"), Variables.text(variables, "plannedTerm"));
  }
}
