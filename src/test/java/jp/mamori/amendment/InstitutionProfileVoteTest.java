package jp.mamori.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.mamori.organization.InstitutionProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same committee votes counted under both shipped profiles (default: 第37条, university: Keio 6): the rule
 * comes from the profile's {@code mamori.committee.voting-rule}.
 */
class InstitutionProfileVoteTest {

  static VotingRule ruleOf(String profile) {
    Map<String, String> settings = InstitutionProfile.load(profile).settings();
    return VotingRule.of(settings.get("mamori.committee.voting-rule"));
  }

  @ParameterizedTest(name = "{0} members, for {1}, against {2}, abstain {3}: default {4}, university {5}")
  @CsvSource({
      "3, 2, 1, 0, true, true",
      "5, 2, 1, 0, false, true",
      "5, 2, 0, 0, false, false",
      "5, 3, 2, 0, true, false",
      "4, 3, 1, 0, true, true",
      "4, 2, 1, 1, false, false"})
  @DisplayName("第37条・慶應6条: 同じ投票がプロファイルによって可決にも否決にもなる")
  void theSameBallotsUnderBothProfiles(int members, int votesFor, int against, int abstain, boolean underDefault,
      boolean underUniversity) {
    assertThat(ruleOf("default").count(members, votesFor, against, abstain).adopted()).isEqualTo(underDefault);
    assertThat(ruleOf("university").count(members, votesFor, against, abstain).adopted()).isEqualTo(underUniversity);
  }
}
