package jp.mamori.outsourcing.registry;

/** A contractor's standing in the registry, derived from its contracts (the strongest one wins, in this order). */
public enum ContractorStatus {
  ACTIVE, SUSPENDED, UNDER_REVIEW, TERMINATED, REFUSED, WITHDRAWN
}
