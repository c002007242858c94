package jp.mamori.amendment;

import jp.mamori.web.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines of an amendment, in business days from the step's start: the information managers' opinions
 * ({@code mamori.amendment.opinion-days}) and the committee's vote ({@code mamori.amendment.vote-days}); and the
 * committee's voting rule ({@code mamori.committee.voting-rule}, set by the institution profile).
 */
@ModelBean
@Component("amendmentSettings")
public class AmendmentSettings {

  private final int opinionDays;
  private final int voteDays;
  private final VotingRule votingRule;

  AmendmentSettings(@Value("${mamori.amendment.opinion-days:10}") int opinionDays,
      @Value("${mamori.amendment.vote-days:10}") int voteDays,
      @Value("${mamori.committee.voting-rule:majority-of-all}") String votingRule) {
    if (opinionDays < 1 || voteDays < 1) {
      throw new IllegalArgumentException("mamori.amendment.opinion-days and vote-days must be at least 1");
    }
    this.opinionDays = opinionDays;
    this.voteDays = voteDays;
    this.votingRule = VotingRule.of(votingRule);
  }

  public int getOpinionDays() {
    return opinionDays;
  }

  public int getVoteDays() {
    return voteDays;
  }

  public VotingRule getVotingRule() {
    return votingRule;
  }
}
