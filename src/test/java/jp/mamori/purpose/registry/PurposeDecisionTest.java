package jp.mamori.purpose.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import jp.mamori.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第12条4, 第17条: a filed purpose is decided once, by one update of the decision's fields only — the filing stays as
 * it was filed, and a purpose no longer pending (or never filed) is refused with its state.
 */
class PurposeDecisionTest extends IntegrationTest {

  @Autowired PurposeRegistry registry;

  @Test
  @DisplayName("第12条4: 承認は決定の欄だけを書き、届出の内容は変わらない。決定済みの目的は決め直せない")
  void aPurposeIsDecidedOnceAndItsFilingStays() {
    String caseKey = filed("承認される利用目的");
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    long id = registry.approve(caseKey, "director", "問題なし", "consentRequired");

    Purpose decided = registry.ofCase(caseKey);
    assertThat(decided.getId()).isEqualTo(id);
    assertThat(decided.getStatus()).isEqualTo(PurposeStatus.ACTIVE);
    assertThat(decided.getDecidedBy()).isEqualTo("director");
    assertThat(decided.getDecidedAt()).isAfterOrEqualTo(before);
    assertThat(decided.isConsentRequired()).isTrue();
    assertThat(decided.getTextJa()).isEqualTo("承認される利用目的");
    assertThat(decided.getFiledBy()).isEqualTo("nurse");
    assertThat(decided.getCategory()).isEqualTo(PurposeCategory.IN_HOSPITAL);
    assertThatThrownBy(() -> registry.reject(caseKey, "director", "やはり却下"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("decided already: ACTIVE");
    assertThat(registry.ofCase(caseKey).getStatus()).isEqualTo(PurposeStatus.ACTIVE);
  }

  @Test
  @DisplayName("却下・規則による不許可は理由とともに記録され、同意の欄は変わらない。届出のない案件は決定できない")
  void aRejectionKeepsItsReasonAndAnUnknownCaseIsRefused() {
    String rejected = filed("却下される利用目的");
    String notPermitted = filed("規則で許されない利用目的");

    registry.reject(rejected, "privacy-lead", "目的が特定されていない");
    registry.notPermitted(notPermitted, "要配慮個人情報に同意も法令の根拠もない");

    assertThat(registry.ofCase(rejected)).satisfies(p -> {
      assertThat(p.getStatus()).isEqualTo(PurposeStatus.REJECTED);
      assertThat(p.getDecisionReason()).isEqualTo("目的が特定されていない");
      assertThat(p.getConsent()).isNull();
    });
    assertThat(registry.ofCase(notPermitted).getStatus()).isEqualTo(PurposeStatus.NOT_PERMITTED);
    assertThat(registry.ofCase(notPermitted).getDecidedBy()).isEqualTo("rule:acquisitionRule");
    assertThatThrownBy(() -> registry.approve("NP-NONE-" + UUID.randomUUID(), "director", "x", "allowed"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no purpose filed");
  }

  private String filed(String text) {
    String caseKey = "NP-DECIDE-" + UUID.randomUUID().toString().substring(0, 8);
    registry.file(caseKey, "nurse", new PurposeFiling(text, null, PurposeCategory.IN_HOSPITAL, null, "記録", "氏名",
        "患者", List.of(), "医事課", "emr", "5年", List.of(), false, null, "allowed"));
    return caseKey;
  }
}
