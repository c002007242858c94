package jp.mamori.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The two committee rules, counted on the same ballots (第37条; Keio 6). */
class VotingRuleTest {

  @Test
  @DisplayName("第37条: 改廃には個人情報保護部会の委員の過半数の賛成が要る(出席者ではなく委員全体の過半数)")
  void majorityOfAllMembers() {
    assertThat(VotingRule.MAJORITY_OF_ALL.count(3, 2, 1, 0).adopted()).isTrue();
    assertThat(VotingRule.MAJORITY_OF_ALL.count(4, 2, 0, 0).adopted()).as("half is not a majority").isFalse();
    assertThat(VotingRule.MAJORITY_OF_ALL.count(5, 2, 1, 0).adopted()).as("2 of 5, 3 present").isFalse();
    assertThat(VotingRule.MAJORITY_OF_ALL.count(5, 3, 0, 0).adopted()).isTrue();
  }

  @Test
  @DisplayName("慶應6条: 委員の過半数の出席で開き、出席委員の3分の2以上の賛成で可決する")
  void twoThirdsOfThosePresentWithAQuorum() {
    VoteCount twoOfThree = VotingRule.TWO_THIRDS_OF_PRESENT.count(3, 2, 1, 0);
    assertThat(twoOfThree.present()).isEqualTo(3);
    assertThat(twoOfThree.adopted()).as("exactly two-thirds").isTrue();
    assertThat(VotingRule.TWO_THIRDS_OF_PRESENT.count(5, 2, 1, 0).adopted()).as("3 of 5 present, 2 for").isTrue();
    assertThat(VotingRule.TWO_THIRDS_OF_PRESENT.count(5, 2, 0, 0)).satisfies(c -> {
      assertThat(c.quorum()).as("2 of 5 present").isFalse();
      assertThat(c.adopted()).isFalse();
    });
    assertThat(VotingRule.TWO_THIRDS_OF_PRESENT.count(4, 2, 1, 1).adopted()).as("abstention counts as present")
        .isFalse();
  }

  @Test
  @DisplayName("第37条・慶應6条: 可決の要件は設定で選び、未知の要件では起動しない")
  void theRuleIsConfiguration() {
    assertThat(VotingRule.of("majority-of-all")).isEqualTo(VotingRule.MAJORITY_OF_ALL);
    assertThat(VotingRule.of("two-thirds-of-present")).isEqualTo(VotingRule.TWO_THIRDS_OF_PRESENT);
    assertThatThrownBy(() -> VotingRule.of("unanimity")).isInstanceOf(IllegalArgumentException.class);
  }
}
