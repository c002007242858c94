package jp.mamori.outsourcing.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A contractor with everything the registry keeps about it, for the detail page, as of {@code today}: a contract
 * concluded whose term has not yet started shows as concluded, not as running (第25条3, issue #13 item 12).
 */
public record ContractorDetail(Contractor contractor, List<Contract> contracts, List<Pledge> pledges,
    List<ContractCheck> checks, List<Breach> breaches, List<Subcontract> subcontracts, LocalDate today) {

  /** The contract's state to show: {@code CONCLUDED} while an active contract's term has not started. */
  public String statusOf(Contract contract) {
    return notYetStarted(contract) ? "CONCLUDED" : contract.getStatus().name();
  }

  /** The contractor's standing to show: concluded (not running) while none of its active contracts started. */
  public String contractorStatus() {
    List<Contract> active = contracts.stream().filter(c -> c.getStatus() == ContractStatus.ACTIVE).toList();
    return contractor.getStatus() == ContractorStatus.ACTIVE && !active.isEmpty()
        && active.stream().allMatch(this::notYetStarted) ? "CONCLUDED" : contractor.getStatus().name();
  }

  private boolean notYetStarted(Contract contract) {
    return contract.getStatus() == ContractStatus.ACTIVE && contract.getTermStart() != null
        && contract.getTermStart().isAfter(today);
  }

  public String contractKey(Long contractId) {
    return contracts.stream().filter(c -> c.getId().equals(contractId)).map(Contract::getCaseKey).findFirst()
        .orElse("—");
  }
}
