package jp.mamori.outsourcing.registry;

import java.util.List;

/** A contractor with everything the registry keeps about it, for the detail page. */
public record ContractorDetail(Contractor contractor, List<Contract> contracts, List<Pledge> pledges,
    List<ContractCheck> checks, List<Breach> breaches, List<Subcontract> subcontracts) {

  public String contractKey(Long contractId) {
    return contracts.stream().filter(c -> c.getId().equals(contractId)).map(Contract::getCaseKey).findFirst()
        .orElse("—");
  }
}
