package jp.mamori.amendment;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the committee decides (configuration: {@code mamori.committee.voting-rule}, from the institution profile).
 * Members who cast no ballot by the deadline are absent; an abstention is present but not in favour.
 */
public enum VotingRule {
  /** 第37条: the amendment needs the votes of a majority of all the committee's members. */
  MAJORITY_OF_ALL("majority-of-all"),
  /** Keio 6: a majority of the members must be present; two-thirds of those present must vote in favour. */
  TWO_THIRDS_OF_PRESENT("two-thirds-of-present");

  private final String id;

  VotingRule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static VotingRule of(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.id.equals(wanted) || r.name().equalsIgnoreCase(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("mamori.committee.voting-rule: unknown rule " + id
            + " (majority-of-all or two-thirds-of-present)"));
  }

  /** Counts the ballots of a committee of {@code members}. */
  public VoteCount count(int members, int votesFor, int votesAgainst, int abstentions) {
    int present = votesFor + votesAgainst + abstentions;
    boolean quorum = this == MAJORITY_OF_ALL || present * 2 > members;
    boolean adopted = switch (this) {
      case MAJORITY_OF_ALL -> votesFor * 2 > members;
      case TWO_THIRDS_OF_PRESENT -> quorum && present > 0 && votesFor * 3 >= present * 2;
    };
    return new VoteCount(this, members, present, votesFor, votesAgainst, abstentions, quorum, adopted);
  }
}
