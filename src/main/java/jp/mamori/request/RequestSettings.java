package jp.mamori.request;

import jp.mamori.process.DeadlineSettings;
import jp.mamori.web.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The patients' requests' configuration, read by the model as {@code ${requestSettings.…}}:
 * <ul>
 *   <li>{@code mamori.request.target-days} (14): calendar days from receipt to the decision (第19条2 "速やかに");</li>
 *   <li>{@code mamori.request.review-days} (3) / {@code escalation-days} (2): business days before a task is
 *       reminded and then escalated;</li>
 *   <li>{@code mamori.request.accepted-agents} ({@code any}): which appointed agents are accepted — {@code any}, or
 *       {@code lawyer} (Keio 30-1 ただし書);</li>
 *   <li>{@code mamori.request.refusal-by-total-manager} (true): a refusal is confirmed by the total manager;</li>
 *   <li>{@code mamori.request.fee-table} ({@code default}): {@code request/fees-<name>.yaml} (第31条).</li>
 * </ul>
 */
@ModelBean
@Component("requestSettings")
public class RequestSettings extends DeadlineSettings {

  private final int targetDays;
  private volatile String acceptedAgents;
  private volatile boolean refusalByTotalManager;
  private final String feeTable;

  RequestSettings(@Value("${mamori.request.target-days:14}") int targetDays,
      @Value("${mamori.request.review-days:3}") int reviewDays,
      @Value("${mamori.request.escalation-days:2}") int escalationDays,
      @Value("${mamori.request.accepted-agents:any}") String acceptedAgents,
      @Value("${mamori.request.refusal-by-total-manager:true}") boolean refusalByTotalManager,
      @Value("${mamori.request.fee-table:default}") String feeTable) {
    super("mamori.request.*-days", reviewDays, escalationDays);
    if (targetDays < 1) {
      throw new IllegalArgumentException("mamori.request.target-days must be at least 1");
    }
    if (!"any".equals(acceptedAgents) && !"lawyer".equals(acceptedAgents)) {
      throw new IllegalArgumentException("mamori.request.accepted-agents must be 'any' or 'lawyer': " + acceptedAgents);
    }
    this.targetDays = targetDays;
    this.acceptedAgents = acceptedAgents;
    this.refusalByTotalManager = refusalByTotalManager;
    this.feeTable = feeTable;
  }

  public int getTargetDays() {
    return targetDays;
  }

  /** Whether an appointed agent of that kind ({@code lawyer}, {@code other}) may ask. */
  public boolean accepts(String agentKind) {
    return "any".equals(acceptedAgents) ? agentKind != null : "lawyer".equals(agentKind);
  }

  public String getAcceptedAgents() {
    return acceptedAgents;
  }

  public boolean isRefusalByTotalManager() {
    return refusalByTotalManager;
  }

  /** Tests switch the hospital's variant (Keio: lawyers only; refusals by the supervising manager alone). */
  void configure(String acceptedAgents, boolean refusalByTotalManager) {
    this.acceptedAgents = acceptedAgents;
    this.refusalByTotalManager = refusalByTotalManager;
  }

  public String getFeeTable() {
    return feeTable;
  }
}
