/**
 * <b>Procedure.</b> The annual audit (第36条, processes/annualAudit.bpmn): plan, self-checks per ledger entry,
 * findings and corrective actions, the report, the audit page and CSV, the dashboard section.
 */
package jp.mamori.audit;
