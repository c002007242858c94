package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The two shipped institution profiles, default (002_*) and university (003_*), on the same questions: the titles
 * of the roles, the committee's rule, the accepted agents, who decides refusals, the audit lead — and that an
 * explicit setting still wins over the profile. (The vote under both rules: VotingRuleTest and
 * jp.mamori.amendment.InstitutionProfileVoteTest.)
 */
class InstitutionProfilesTest {

  static Map<String, Object> settingsOf(String profile, Map<String, Object> explicit) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("explicit", explicit));
    environment.getPropertySources().addFirst(
        new MapPropertySource("profile", Map.of(InstitutionProfile.PROPERTY, profile)));
    new InstitutionProfileSettings().postProcessEnvironment(environment, new SpringApplication());
    return Map.of(
        "voting-rule", environment.getProperty("mamori.committee.voting-rule"),
        "accepted-agents", environment.getProperty("mamori.request.accepted-agents"),
        "refusal-by-total-manager", environment.getProperty("mamori.request.refusal-by-total-manager"),
        "audit-lead", environment.getProperty("mamori.audit.lead-group"),
        "appeal-reviewer", environment.getProperty("mamori.request.appeal-reviewer"),
        "hospital", environment.getProperty("mamori.hospital.name"));
  }

  @Test
  @DisplayName("第3条・第4条・第7条(慶應4条・慶應5条・慶應6条・慶應35条): 役割の呼び名は施設プロファイルのもので、画面と通知に出る")
  void roleTitlesComeFromTheProfile() {
    InstitutionProfile hospital = InstitutionProfile.load("default");
    InstitutionProfile university = InstitutionProfile.load("university");
    assertThat(hospital.title(Role.TOTAL_MANAGER, Locale.JAPANESE)).isEqualTo("総括個人情報管理者");
    assertThat(university.title(Role.TOTAL_MANAGER, Locale.JAPANESE)).isEqualTo("医療統括管理責任者");
    assertThat(hospital.title(Role.COMMITTEE, Locale.JAPANESE)).isEqualTo("個人情報保護部会");
    assertThat(university.title(Role.COMMITTEE, Locale.JAPANESE)).isEqualTo("医療個人情報保護委員会");
    assertThat(university.title(Role.SUPERVISING_MANAGER, Locale.ENGLISH)).isEqualTo("Department privacy officer");
    assertThat(university.title(Role.MEDICAL_AFFAIRS_DESK, Locale.JAPANESE)).contains("個人情報保護管理室");
    // a role the profile does not name keeps the regulation's built-in title
    assertThat(university.title(Role.SYSTEM_ADMIN, Locale.JAPANESE)).isEqualTo(Role.SYSTEM_ADMIN.nameJa());
  }

  @Test
  @DisplayName("第37条・第32条(慶應6条・慶應30条・慶應32条・慶應36条): 部会の可決要件、代理人、不開示の判断者、不服申立ての審理者、監査責任者はプロファイルが既定値を与える")
  void theSameSettingsDifferByProfile() {
    assertThat(settingsOf("default", Map.of())).containsAllEntriesOf(Map.of(
        "voting-rule", "majority-of-all", "accepted-agents", "any", "refusal-by-total-manager", "true",
        "audit-lead", "supervising-manager", "hospital", "Mamori 総合病院", "appeal-reviewer", "committee"));
    assertThat(settingsOf("university", Map.of())).containsAllEntriesOf(Map.of(
        "voting-rule", "two-thirds-of-present", "accepted-agents", "lawyer", "refusal-by-total-manager", "false",
        "audit-lead", "supervising-manager", "hospital", "Mamori 大学病院", "appeal-reviewer", "total-manager"));
  }

  @Test
  @DisplayName("施設プロファイル: 明示した設定はプロファイルより優先し、未知のプロファイルでは起動しない")
  void anExplicitSettingWinsAndAnUnknownProfileStopsTheStart() {
    assertThat(settingsOf("university", Map.of("mamori.committee.voting-rule", "majority-of-all")))
        .containsEntry("voting-rule", "majority-of-all");
    assertThatThrownBy(() -> InstitutionProfile.load("nosuch")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InstitutionProfile.load("../etc")).isInstanceOf(IllegalArgumentException.class);
  }
}
