package jp.mamori.outsourcing.registry;

/**
 * A contractor's standing in the registry, derived from its contracts (the strongest one wins, in this order). The
 * contractor list's status column sorts by this order too ({@link jp.mamori.storage.DeclaredOrder}).
 */
public enum ContractorStatus {
  ACTIVE, SUSPENDED, UNDER_REVIEW, TERMINATED, REFUSED, WITHDRAWN
}
