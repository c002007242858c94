package jp.mamori.web;

import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.date;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import jp.mamori.amendment.Committee;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A committee vote of three members in the browser: each member votes on their own page, two for and one against
 * (two-thirds of those present, Keio 6; a majority of all members, 第37条 — the default profile's rule, which this
 * test runs under), the director sets the effective date and the new basic policy is on the public page.
 * The university profile is not started here: a second application context in the test JVM takes over Camunda's
 * "default" engine that /engine-rest looks up (see the report); the Keio rule is shown by InstitutionProfileVoteTest.
 * Screenshots under target/screenshots/CommitteeVoteBrowserTest/.
 */
class CommitteeVoteBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  private static final String VOTE_TASK = "部会の採決(委員の投票)";

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  Committee committee;

  @BeforeEach
  void threeMembers() {
    committee = Committee.exactly(identityService, "director", "privacy-lead", "records-manager");
  }

  @AfterEach
  void restore() {
    committee.restore();
  }

  @Test
  @DisplayName("第37条・第3条2: 委員3名のうち2名の賛成(委員の過半数、出席委員の3分の2)で可決し、施行日を定めると基本方針の新版が公表される")
  void twoOfThreeMembersReachTwoThirds() {
    String policy = "当院は、患者さんの医療個人情報を大切に扱います(改定 "
        + LocalDate.now(ZoneId.of("Asia/Tokyo")) + ")。";
    browser.login("privacy-lead");
    StartPage.open(browser, "regulationAmendment");
    type(browser, "改廃の件名", "第21条(保管)の改正");
    type(browser, "変更する条文(新旧)", "第21条2 (新) 電子媒体は暗号化して保管する。");
    type(browser, "改廃の理由", "電子カルテの更新に伴う");
    type(browser, "新しい基本方針の全文(基本方針を変える場合のみ)", policy);
    browser.fullPageScreenshot("proposal");
    String caseNumber = StartPage.submit(browser, "AM", "proposing the amendment");
    browser.logout();

    // the information manager's opinion; any other information manager's (other tests') lapses at the deadline
    browser.login("records-manager");
    openTask(browser, caseNumber, "改廃案への意見");
    type(browser, "意見", "暗号化の方式を別に定めること。");
    TaskPage.complete(browser, "giving the opinion");
    browser.logout();
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
    Job deadline = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_OpinionDeadline").singleResult();
    if (deadline != null) {
      managementService.executeJob(deadline.getId());
    }

    vote(caseNumber, "director", "賛成");
    vote(caseNumber, "privacy-lead", "賛成");
    vote(caseNumber, "records-manager", "反対");

    browser.login("director");
    openTask(browser, caseNumber, "施行日の決定");
    assertThat(readonlyValue(browser, "採決の結果")).isEqualTo("賛成 2・反対 1・棄権 0(委員 3 名、出席 3 名): 可決");
    assertThat(readonlyValue(browser, "可決の要件")).isEqualTo("委員 3 名の過半数の賛成(第37条)");
    assertThat(readonlyValue(browser, "個人情報管理者の意見")).contains("暗号化の方式を別に定めること。");
    date(browser, "施行日", LocalDate.now(ZoneId.of("Asia/Tokyo")));
    browser.fullPageScreenshot("enact");
    TaskPage.complete(browser, "setting the effective date");
    browser.logout();

    // the basic policy in force, for everyone (no login)
    browser.open("/notice/policy.xhtml");
    browser.waitForPage();
    assertThat(browser.find(By.id("policyText")).getText()).isEqualTo(policy);
    assertThat(browser.bodyText()).contains("Mamori 総合病院", caseNumber);
    browser.fullPageScreenshot("policy-published");
  }

  private void vote(String caseNumber, String member, String choice) {
    browser.login(member);
    openTask(browser, caseNumber, VOTE_TASK);
    assertThat(readonlyValue(browser, "改廃の件名")).isEqualTo("第21条(保管)の改正");
    choose(browser, "投票", choice);
    browser.screenshot("vote-" + member);
    TaskPage.complete(browser, member + " voting");
    browser.logout();
  }
}
