package jp.mamori.outsourcing.registry;

/**
 * A contract's state: under due diligence until the total manager decides (第25条1-2); ACTIVE once concluded;
 * SUSPENDED or TERMINATED as a breach's measure (第25条4); REFUSED when the total manager did not consent;
 * WITHDRAWN when the contractor did not meet this regulation's standard at the interview (第25条2(1)) and the
 * supervising manager gave up the outsourcing, so the total manager was never asked.
 */
public enum ContractStatus {
  UNDER_REVIEW, CONSENTED, REFUSED, ACTIVE, SUSPENDED, TERMINATED, WITHDRAWN;

  /** The contractor's standing this contract gives it. */
  ContractorStatus contractorStatus() {
    return switch (this) {
      case UNDER_REVIEW, CONSENTED -> ContractorStatus.UNDER_REVIEW;
      case REFUSED -> ContractorStatus.REFUSED;
      case ACTIVE -> ContractorStatus.ACTIVE;
      case SUSPENDED -> ContractorStatus.SUSPENDED;
      case TERMINATED -> ContractorStatus.TERMINATED;
      case WITHDRAWN -> ContractorStatus.WITHDRAWN;
    };
  }

  /** Contracts under which the contractor holds the hospital's data and so must be checked (第25条3). */
  public boolean inForce() {
    return this == ACTIVE || this == SUSPENDED;
  }
}
