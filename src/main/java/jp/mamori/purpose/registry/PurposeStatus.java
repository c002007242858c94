package jp.mamori.purpose.registry;

/**
 * Where a purpose of use stands. Acquisition for a purpose may start only when it is ACTIVE (第12条4); a filed
 * purpose is PENDING until the total manager decides.
 */
public enum PurposeStatus {
  PENDING, ACTIVE, REJECTED, NOT_PERMITTED
}
