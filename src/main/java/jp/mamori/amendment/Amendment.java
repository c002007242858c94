package jp.mamori.amendment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An amendment of the regulation (第37条): the proposal, the rule and the count of the vote, the effective date. */
@Entity
@Table(name = "amendment")
public class Amendment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_key", nullable = false)
  private String caseKey;

  @Column(nullable = false)
  private String title;

  @Column(name = "changed_articles", nullable = false)
  private String changedArticles;

  @Column(name = "policy_text")
  private String policyText;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "voting_rule", nullable = false)
  private VotingRule votingRule;

  @Column(nullable = false)
  private int members;

  @Column(name = "votes_for")
  private Integer votesFor;

  @Column(name = "votes_against")
  private Integer votesAgainst;

  private Integer abstentions;

  private Boolean adopted;

  @Column(name = "counted_at")
  private Instant countedAt;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(name = "enacted_by")
  private String enactedBy;

  protected Amendment() {}

  Amendment(String caseKey, String title, String changedArticles, String policyText, String proposedBy,
      Instant proposedAt, VotingRule votingRule, int members) {
    this.caseKey = caseKey;
    this.title = title;
    this.changedArticles = changedArticles;
    this.policyText = policyText;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.votingRule = votingRule;
    this.members = members;
  }

  void counted(VoteCount count, Instant at) {
    this.votesFor = count.votesFor();
    this.votesAgainst = count.votesAgainst();
    this.abstentions = count.abstentions();
    this.adopted = count.adopted();
    this.countedAt = at;
  }

  void enacted(LocalDate effectiveOn, String by) {
    this.effectiveOn = effectiveOn;
    this.enactedBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public String getTitle() {
    return title;
  }

  public String getChangedArticles() {
    return changedArticles;
  }

  public String getPolicyText() {
    return policyText;
  }

  public VotingRule getVotingRule() {
    return votingRule;
  }

  public int getMembers() {
    return members;
  }

  public Integer getVotesFor() {
    return votesFor;
  }

  public Integer getVotesAgainst() {
    return votesAgainst;
  }

  public Integer getAbstentions() {
    return abstentions;
  }

  public Boolean getAdopted() {
    return adopted;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public String getEnactedBy() {
    return enactedBy;
  }
}
