package jp.mamori.outsourcing.registry;

import java.time.Instant;

/** A contractor with a contract in force, for tests that need a registered one (a disposal contractor, 第24条). */
public final class RegisteredContractors {

  private RegisteredContractors() {}

  public static Contractor create(ContractorRepository contractors, String name) {
    Instant now = Instant.now();
    Contractor contractor = new Contractor(name, now);
    contractor.status(ContractorStatus.ACTIVE, now);
    return contractors.save(contractor);
  }
}
