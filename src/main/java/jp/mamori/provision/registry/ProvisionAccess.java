package jp.mamori.provision.registry;

import java.util.List;

/**
 * Who may read and write the provision registers (docs/security.md), the same lists as the URL rules in
 * SecurityConfiguration, checked again by the page beans whatever path reaches them.
 */
final class ProvisionAccess {

  /** The records of provision and receipt (APPI 29-30条). */
  static final List<String> RECORD_READERS = List.of("total-manager", "supervising-manager", "information-manager",
      "corporate-officer", "medical-affairs-desk");
  /** Who enters a receipt. */
  static final List<String> RECEIPT_WRITERS = List.of("information-manager", "medical-affairs-desk");
  /** Who looks a patient's consents and objections up, one patient at a time. */
  static final List<String> CONSENT_READERS = List.of("total-manager", "supervising-manager", "information-manager",
      "corporate-officer", "medical-affairs-desk", "handler");
  /** The desk records consents, their changes, objections and stops (第30条: requests are received at 医事課). */
  static final List<String> DESK = List.of("medical-affairs-desk");

  private ProvisionAccess() {}
}
