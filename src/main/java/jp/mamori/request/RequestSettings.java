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
 *   <li>{@code mamori.request.fee-table} ({@code default}): {@code request/fees-<name>.yaml} (第31条);</li>
 *   <li>{@code mamori.request.appeal-reviewer} ({@code committee}): the group that reviews an appeal (Keio 32) —
 *       {@code committee} (部会) or {@code total-manager}, per the institution profile;</li>
 *   <li>{@code mamori.request.appeal-days} (90): calendar days after the reply during which an appeal is taken.</li>
 * </ul>
 */
@ModelBean
@Component("requestSettings")
public class RequestSettings extends DeadlineSettings {

  private final int targetDays;
  private volatile String acceptedAgents;
  private volatile boolean refusalByTotalManager;
  private final String feeTable;
  private volatile String appealReviewer;
  private final int appealDays;

  RequestSettings(@Value("${mamori.request.target-days:14}") int targetDays,
      @Value("${mamori.request.review-days:3}") int reviewDays,
      @Value("${mamori.request.escalation-days:2}") int escalationDays,
      @Value("${mamori.request.accepted-agents:any}") String acceptedAgents,
      @Value("${mamori.request.refusal-by-total-manager:true}") boolean refusalByTotalManager,
      @Value("${mamori.request.fee-table:default}") String feeTable,
      @Value("${mamori.request.appeal-reviewer:committee}") String appealReviewer,
      @Value("${mamori.request.appeal-days:90}") int appealDays) {
    super("mamori.request.*-days", reviewDays, escalationDays);
    if (targetDays < 1) {
      throw new IllegalArgumentException("mamori.request.target-days must be at least 1");
    }
    if (!"any".equals(acceptedAgents) && !"lawyer".equals(acceptedAgents)) {
      throw new IllegalArgumentException("mamori.request.accepted-agents must be 'any' or 'lawyer': " + acceptedAgents);
    }
    if (!"committee".equals(appealReviewer) && !"total-manager".equals(appealReviewer)) {
      throw new IllegalArgumentException(
          "mamori.request.appeal-reviewer must be 'committee' or 'total-manager': " + appealReviewer);
    }
    if (appealDays < 1) {
      throw new IllegalArgumentException("mamori.request.appeal-days must be at least 1");
    }
    this.appealReviewer = appealReviewer;
    this.appealDays = appealDays;
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

  /** The Camunda group that reviews an appeal (Keio 32): {@code committee} or {@code total-manager}. */
  public String getAppealReviewer() {
    return appealReviewer;
  }

  public int getAppealDays() {
    return appealDays;
  }

  /** Tests switch the appeal's reviewer (the university profile: the total manager). */
  void configureAppealReviewer(String appealReviewer) {
    this.appealReviewer = appealReviewer;
  }
}
