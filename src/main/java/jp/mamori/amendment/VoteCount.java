package jp.mamori.amendment;

/** The result of a committee vote, with the count it was decided on. */
public record VoteCount(VotingRule rule, int members, int present, int votesFor, int votesAgainst, int abstentions,
    boolean quorum, boolean adopted) {

  /** For the case's variables and the trail: "for 2 / against 1 / abstain 0 of 3 members (present 3)". */
  public String summary() {
    return "rule=" + rule.id() + ",members=" + members + ",present=" + present + ",for=" + votesFor + ",against="
        + votesAgainst + ",abstain=" + abstentions + ",quorum=" + quorum + ",adopted=" + adopted;
  }
}
