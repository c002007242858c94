package jp.mamori.outsourcing.registry;

/** A contract as a form lists it: its case number (the contract's outsourcing case) and the contractor's name. */
public record ContractCase(String caseKey, String contractorName, ContractStatus status) {}
