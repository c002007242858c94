/**
 * <b>Procedure.</b> Outsourcing (第9条, 第25条; processes/outsourcingContract, outsourcingPeriodicCheck,
 * outsourcingBreach, outsourcingSubcontract): one {@code *Case} bean per model. Records live in
 * {@code outsourcing.registry}.
 */
package jp.mamori.outsourcing;
