package jp.mamori.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.policy.PolicyVersion;
import jp.mamori.policy.PublishedPolicy;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/regulationAmendment.bpmn (第37条, 第3条2; Keio 6, 41) under the default profile (a majority of all
 * members): proposal, the information managers' opinions, one vote per member, the count, the effective date and
 * the new version of the basic policy; the deadlines; one vote each over every channel.
 */
class RegulationAmendmentProcessTest extends ProcessTest {

  @Autowired PublishedPolicy policy;
  @Autowired AmendmentRepository amendments;

  StaffPrincipal privacyLead;
  StaffPrincipal director;
  Committee committee;

  @BeforeEach
  void threeMembers() {
    privacyLead = user("privacy-lead");
    director = user("director");
    committee = Committee.exactly(identityService, "director", "privacy-lead", "records-manager");
  }

  @AfterEach
  void restoreCommittee() {
    committee.restore();
  }

  ProcessInstance propose(String policyText) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", "第21条(保管)の改正");
    vars.put("changedArticles", "第21条2 (新) 電子媒体は暗号化して保管する。");
    vars.put("reason", "電子カルテ更新に伴う");
    if (policyText != null) {
      vars.put("policyText", policyText);
    }
    return start(privacyLead, "regulationAmendment", vars);
  }

  /** Every information manager's opinion task, completed by its assignee. */
  void allOpinions(ProcessInstance instance) {
    for (Task opinion : tasks(instance, "Task_Opinion")) {
      complete(user(opinion.getAssignee()), opinion, Map.of("opinion", "異議なし"), null, null);
    }
  }

  void vote(ProcessInstance instance, String member, String vote) {
    Task ballot = tasks(instance, "Task_Vote").stream().filter(t -> member.equals(t.getAssignee())).findFirst()
        .orElseThrow();
    complete(user(member), ballot, Map.of("vote", vote), vote, null);
  }

  @Test
  @DisplayName("第37条: 個人情報管理者の意見を聞き、部会の委員の過半数の賛成で可決し、院長が施行日を定め、基本方針の新版を公表する(第3条2)")
  void anAdoptedAmendmentTakesEffectWithANewPolicyVersion() {
    ProcessInstance instance = propose("当院は患者の個人情報を適切に保護します(改定版)。");
    assertThat(instance.getBusinessKey()).startsWith("AM-");
    List<Task> opinions = tasks(instance, "Task_Opinion");
    assertThat(opinions).extracting(Task::getAssignee).contains("records-manager");
    assertThat(opinions).allSatisfy(t -> assertThat(t.getDueDate()).isNotNull());
    allOpinions(instance);

    assertThat(tasks(instance, "Task_Vote")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("director", "privacy-lead", "records-manager");
    assertThat(runtimeService.getVariable(instance.getId(), "opinionsSummary").toString()).contains("異議なし");
    vote(instance, "director", "for");
    vote(instance, "privacy-lead", "for");
    vote(instance, "records-manager", "against");

    assertThat(instance).isWaitingAt("Task_Enact").task().hasCandidateGroup("total-manager");
    assertThat(runtimeService.getVariable(instance.getId(), "voteResult"))
        .isEqualTo("賛成 2・反対 1・棄権 0(委員 3 名、出席 3 名): 可決");
    Amendment amendment = amendments.findByCaseKey(instance.getBusinessKey()).orElseThrow();
    assertThat(amendment.getVotingRule()).isEqualTo(VotingRule.MAJORITY_OF_ALL);
    assertThat(amendment.getVotesFor()).isEqualTo(2);
    assertThat(amendment.getAdopted()).isTrue();
    assertThat(trail.ofCase(instance.getId())).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("AMENDMENT_VOTE_COUNTED");
      assertThat(e.getDetail()).contains("members=3", "for=2", "against=1", "adopted=true");
    });

    assertThatThrownBy(() -> complete(director, instance,
        Map.of("effectiveOn", LocalDate.now(clock).minusDays(1).toString()), null, null))
        .isInstanceOf(ActionRefused.class).hasMessage("amendment.error.effectiveOn");
    complete(director, instance, Map.of("effectiveOn", LocalDate.now(clock).toString()), null, null);
    assertThat(instance).isEnded();
    assertThat(amendments.findByCaseKey(instance.getBusinessKey()).orElseThrow().getEffectiveOn())
        .isEqualTo(LocalDate.now(clock));
    PolicyVersion inForce = policy.inForceOn(LocalDate.now(clock)).orElseThrow();
    assertThat(inForce.getAmendmentKey()).isEqualTo(instance.getBusinessKey());
    assertThat(inForce.getText()).contains("改定版");
  }

  @Test
  @DisplayName("第37条: 期限までに投票しなかった委員は欠席となり、委員の過半数の賛成がなければ否決される")
  void withoutAMajorityOfAllMembersTheAmendmentIsRejected() {
    ProcessInstance instance = propose(null);
    // the opinions' deadline passes: the vote opens without them
    runJob(instance, "Timer_OpinionDeadline");
    assertThat(tasks(instance, "Task_Vote")).hasSize(3);
    vote(instance, "director", "for");
    vote(instance, "privacy-lead", "against");
    runJob(instance, "Timer_VoteDeadline");

    assertThat(instance).isEnded();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("End_Rejected").count()).isEqualTo(1);
    Amendment amendment = amendments.findByCaseKey(instance.getBusinessKey()).orElseThrow();
    assertThat(amendment.getAdopted()).isFalse();
    assertThat(amendment.getVotesFor()).isEqualTo(1);
    assertThat(amendment.getVotesAgainst()).isEqualTo(1);
    assertThat(amendment.getMembers()).isEqualTo(3);
  }

  @Test
  @DisplayName("第37条: 一人一票 — 委員は本人の投票だけができ、他人の投票用紙は画面でもJava APIでも使えない")
  void oneVoteEachByTheMemberThemselves() {
    ProcessInstance instance = propose(null);
    allOpinions(instance);
    Task leadsBallot = tasks(instance, "Task_Vote").stream().filter(t -> "privacy-lead".equals(t.getAssignee()))
        .findFirst().orElseThrow();

    // handed over to another member, the ballot is still the privacy lead's: the director cannot cast it
    taskService.setAssignee(leadsBallot.getId(), "director");
    assertThatThrownBy(() -> complete(director, leadsBallot, Map.of("vote", "for"), "for", null))
        .isInstanceOf(ActionRefused.class).hasMessage("amendment.error.notYourBallot");

    // nor through the engine's Java API by someone else, even as the task's assignee (so that the engine's own
    // authorization lets the call through to the ballot rule)
    taskService.setAssignee(leadsBallot.getId(), "records-manager");
    identityService.setAuthentication("records-manager", staff.groupIdsOf("records-manager"));
    try {
      Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
          () -> taskService.complete(leadsBallot.getId(), Map.of("vote", "for")));
      while (refused != null && !(refused instanceof ActionRefused)) {
        refused = refused.getCause();
      }
      assertThat(refused).isInstanceOf(ActionRefused.class).hasMessage("amendment.error.notYourBallot");
    } finally {
      identityService.clearAuthentication();
    }
    taskService.setAssignee(leadsBallot.getId(), "privacy-lead");
    vote(instance, "privacy-lead", "against");
    assertThat(tasks(instance, "Task_Vote")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("director", "records-manager");
    assertThat(amendments.findByCaseKey(instance.getBusinessKey()).orElseThrow().getAdopted()).isNull();
  }

  @Test
  @DisplayName("第7条・第37条: 部会の委員がいなければ改廃は提案できない")
  void noCommitteeNoProposal() {
    committee.restore();
    committee = Committee.exactly(identityService);
    assertThatThrownBy(() -> propose(null)).isInstanceOf(ActionRefused.class)
        .hasMessage("amendment.error.noCommittee");
  }
}
