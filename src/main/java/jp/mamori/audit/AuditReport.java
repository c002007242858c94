package jp.mamori.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One audit as the report shows it (第36条): scope, coverage, findings and their corrective actions. Built for the
 * page and the CSV export alike, so that both say the same.
 */
public record AuditReport(Audit audit, List<SelfCheck> selfChecks, List<Finding> findings,
    Map<Long, SelfCheck> selfCheckById) {

  static AuditReport of(Audits audits, String caseKey) {
    Audit audit = audits.byKey(caseKey);
    List<SelfCheck> checks = audits.selfChecksOf(audit);
    List<Finding> findings = audits.findingsOf(audit);
    Map<Long, SelfCheck> byId = new HashMap<>(
        checks.stream().collect(Collectors.toMap(SelfCheck::getId, Function.identity())));
    // an action carried over from an earlier audit keeps the self-check it was found in
    findings.forEach(f -> byId.computeIfAbsent(f.getSelfCheckId(), id -> audits.selfCheckOf(f)));
    return new AuditReport(audit, checks, findings, byId);
  }

  public long answered() {
    return selfChecks.stream().filter(SelfCheck::isAnswered).count();
  }

  public long nonconformities() {
    return selfChecks.stream().flatMap(c -> c.getAnswers().values().stream()).filter(Answer::isNonconforming)
        .count();
  }

  public long settled() {
    return findings.stream().filter(f -> f.getStatus().isSettled()).count();
  }

  public SelfCheck selfCheckOf(Finding finding) {
    return selfCheckById.get(finding.getSelfCheckId());
  }
}
