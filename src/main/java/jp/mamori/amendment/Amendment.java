package jp.mamori.amendment;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An amendment of the regulation (第37条): the proposal, the rule and the count of the vote, the effective date. */
@Table("amendment")
public class Amendment {

  @Id
  private Long id;

  @Column("case_key")
  private String caseKey;

  private String title;

  @Column("changed_articles")
  private String changedArticles;

  @Column("policy_text")
  private String policyText;

  @Column("proposed_by")
  private String proposedBy;

  @Column("proposed_at")
  private Instant proposedAt;

  @Column("voting_rule")
  private VotingRule votingRule;

  private int members;

  @Column("votes_for")
  private Integer votesFor;

  @Column("votes_against")
  private Integer votesAgainst;

  private Integer abstentions;

  private Boolean adopted;

  @Column("counted_at")
  private Instant countedAt;

  @Column("effective_on")
  private LocalDate effectiveOn;

  @Column("enacted_by")
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
