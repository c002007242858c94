package jp.mamori.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.mamori.outsourcing.registry.Clause;
import jp.mamori.outsourcing.registry.Contract;
import jp.mamori.outsourcing.registry.ContractStatus;
import jp.mamori.outsourcing.registry.Contractor;
import jp.mamori.outsourcing.registry.ContractorDetail;
import jp.mamori.outsourcing.registry.ContractorStatus;
import jp.mamori.outsourcing.registry.Pledge;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.Rest;
import jp.mamori.trail.AuditTrail;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every path of processes/outsourcingContract.bpmn (第9条, 第25条1-2; Keio 22): the intent filed and the total
 * manager told (第25条1), the interview (第25条2(1)), pledges (第20条3), the draft confirmation document's clauses
 * (第25条2(2) イ–ホ and Keio 22) — a missing one blocks the consent —, consent and conclusion, refusal, four-eyes,
 * the consent's reminder; and the registry the steps write.
 */
class OutsourcingContractProcessTest extends OutsourcingTestBase {

  @Autowired AuditTrail trail;

  @Test
  @DisplayName("第25条2(1): 面接で基準に合致しなければ承諾を求めず、改善後の再面接で合致すれば手続を続ける")
  void aFailedInterviewNeverReachesTheDirectorUntilAReinterviewFindsTheStandardMet() {
    ProcessInstance instance = fileIntent(privacyLead, uniqueName("安価データ入力"));
    interview(instance, "no");

    assertThat(instance).isWaitingAt("Task_InterviewFailed").task().hasCandidateGroup("supervising-manager");
    // any other path to the consent is closed too
    assertThatThrownBy(() -> contractors.consent(instance.getBusinessKey(), "director", "承諾"))
        .isInstanceOf(IllegalStateException.class);
    Map<String, Object> withoutReason = Map.of("interviewFailedDecision", "reinterview");
    assertThatThrownBy(() -> taskService.complete(task(instance).getId(), withoutReason))
        .hasRootCauseInstanceOf(ActionRefused.class);

    complete(privacyLead, instance, Map.of("interviewFailedDecision", "reinterview",
        "interviewFailedReason", "ログ管理が未整備。整備後に再面接する"), "reinterview", null);
    assertThat(instance).isWaitingAt("Task_Interview");
    interview(instance, "yes");
    assertThat(instance).isWaitingAt("Task_Pledges").hasNotPassed("Task_Consent");
    assertThat(contractors.ofCase(instance.getBusinessKey()).isInterviewConforming()).isTrue();
  }

  @Test
  @DisplayName("第25条2(1): 基準に合致しない委託先への委託は中止でき、院長に承諾を求めることはない")
  void aFailedInterviewCanEndTheOutsourcingWithoutAskingTheDirector() {
    String name = uniqueName("未認証クラウド");
    ProcessInstance instance = fileIntent(privacyLead, name);
    interview(instance, "no");
    long directorUnread = notifications.unreadCount("director");
    complete(privacyLead, instance, Map.of("interviewFailedDecision", "withdraw",
        "interviewFailedReason", "暗号化・アクセス管理の基準を満たさない"), "withdraw", null);
    runAsync(instance);

    assertThat(instance).isEnded().hasPassed("End_Withdrawn").hasNotPassed("Task_Consent", "Task_Pledges");
    Contract contract = contractors.ofCase(instance.getBusinessKey());
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.WITHDRAWN);
    assertThat(contract.getDecidedBy()).isEqualTo("privacy-lead");
    assertThat(contract.getDecisionReason()).contains("暗号化");
    assertThat(contractors.contractorOf(contract).getStatus()).isEqualTo(ContractorStatus.WITHDRAWN);
    // the director heard of the intent (第25条1) and now hears that it was given up, without a task
    assertThat(notifications.unreadCount("director")).isGreaterThan(directorUnread);
    assertThat(taskService.createTaskQuery().taskCandidateGroup("total-manager")
        .processInstanceId(instance.getId()).count()).isZero();
    assertThatThrownBy(() -> contractors.consent(instance.getBusinessKey(), "director", "承諾"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void consentedContractIsConcludedRecordedAndGetsItsPeriodicCheck() {
    String name = uniqueName("メディカル事務センター");
    long directorUnread = notifications.unreadCount("director");
    ProcessInstance instance = fileIntent(privacyLead, name);

    // 第25条1: the total manager is told of the intent before anything is agreed
    assertThat(notifications.unreadCount("director")).isGreaterThan(directorUnread);
    assertThat(notifications.latestFor("director", 1).get(0).getTitle()).contains(name);
    Contract contract = contractors.ofCase(instance.getBusinessKey());
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.UNDER_REVIEW);
    assertThat(contract.getDataVolume()).isEqualTo("約3,000件/月");
    assertThat(contractors.contractorOf(contract).getStatus()).isEqualTo(ContractorStatus.UNDER_REVIEW);

    assertThat(instance).isWaitingAt("Task_Interview").task().hasCandidateGroup("supervising-manager");
    interview(instance);
    assertThat(instance).isWaitingAt("Task_Pledges");
    pledges(instance, "岡田 修\n木村 恵\n\n岡田 修");
    assertThat(instance).isWaitingAt("Task_DraftConfirmation");
    draft(instance, OutsourcingTestBase.allClauses());
    assertThat(instance).isWaitingAt("Task_Consent").task().hasCandidateGroup("total-manager");
    assertThat(runtimeService.getVariable(instance.getId(), "pledgeCount")).isEqualTo(2L);

    decide(director, instance, "consent", "確認書案と面接の結果に問題なし");
    assertThat(contractors.ofCase(instance.getBusinessKey()).getStatus()).isEqualTo(ContractStatus.CONSENTED);
    assertThat(instance).isWaitingAt("Task_Conclude");
    LocalDate termStart = LocalDate.now(clock).plusDays(14);
    conclude(instance, termStart, "auto", null);
    assertThat(instance).isWaitingAt("Task_StartChecks");
    runAsync(instance);
    assertThat(instance).isEnded().hasPassed("End_Concluded");

    contract = contractors.ofCase(instance.getBusinessKey());
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contract.getDecidedBy()).isEqualTo("director");
    assertThat(contract.getTermStart()).isEqualTo(termStart);
    assertThat(contract.getTermEnd()).isEqualTo(termStart.plusYears(3).minusDays(1));
    assertThat(contract.getRenewal()).isEqualTo("auto");
    assertThat(contract.isInterviewConforming()).isTrue();
    assertThat(contract.missingClauses()).isEmpty();
    ContractorDetail detail = contractors.detail(contract.getContractorId()).orElseThrow();
    assertThat(detail.contractor().getStatus()).isEqualTo(ContractorStatus.ACTIVE);
    assertThat(detail.contractor().getResponsiblePerson()).isEqualTo("情報管理部長 岡田 修");
    assertThat(detail.pledges()).extracting(Pledge::getSigner).containsExactly("岡田 修", "木村 恵");

    // 第25条3: the contract's own periodic check waits for the first interval (default P1Y)
    ProcessInstance checks = periodicCheckOf(instance.getBusinessKey());
    assertThat(checks).isWaitingAt("Timer_CheckOpens");
    assertThat(contract.getNextCheckOpens())
        .isEqualTo(calendar.addBusinessDays(termStart.plusYears(1), 0));
    assertThat(trail.ofCase(instance.getId())).filteredOn(e -> "TASK_COMPLETED".equals(e.getAction()))
        .extracting(e -> e.getActor() + ":" + e.getDetail()).contains("director:decision=consent");
  }

  @Test
  void refusedContractIsNeverConcludedAndTheFilerIsTold() {
    ProcessInstance instance = fileIntent(privacyLead, uniqueName("格安データ入力社"));
    interview(instance);
    pledges(instance, "山本 一");
    draft(instance, OutsourcingTestBase.allClauses());
    long leadUnread = notifications.unreadCount("privacy-lead");
    decide(director, instance, "refuse", "委託先の安全管理の基準が本規程に満たない");
    runAsync(instance);

    assertThat(instance).isEnded().hasPassed("End_Refused").hasNotPassed("Task_Conclude");
    Contract contract = contractors.ofCase(instance.getBusinessKey());
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.REFUSED);
    assertThat(contract.getDecisionReason()).contains("本規程に満たない");
    assertThat(contractors.contractorOf(contract).getStatus()).isEqualTo(ContractorStatus.REFUSED);
    assertThat(periodicCheckOf(instance.getBusinessKey())).isNull();
    assertThat(notifications.unreadCount("privacy-lead")).isGreaterThan(leadUnread);
    // a refused contract can never be concluded behind the model's back
    assertThatThrownBy(() -> contractors.conclude(instance.getBusinessKey(), LocalDate.now(clock),
        LocalDate.now(clock), LocalDate.now(clock).plusYears(1), "none", null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingClauseBlocksTheConsentUntilTheDraftHasEveryClause() {
    ProcessInstance instance = fileIntent(privacyLead, uniqueName("クラウド保管サービス"));
    interview(instance);
    pledges(instance, "佐々木 学");
    draft(instance, List.of("confidentiality", "responsiblePerson", "custody", "reporting", "noReoutsourcing"));

    // (ニ) is missing: back to the draft, never to the total manager
    assertThat(instance).isWaitingAt("Task_DraftConfirmation").hasNotPassed("Task_Consent");
    assertThat(runtimeService.getVariable(instance.getId(), "missingClauses"))
        .isEqualTo("(ニ) 漏洩・事故時の措置と責任分担");
    assertThat(contractors.ofCase(instance.getBusinessKey()).missingClauses()).containsExactly(Clause.ACCIDENT);
    assertThatThrownBy(() -> contractors.consent(instance.getBusinessKey(), "director", "承諾"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACCIDENT");

    draft(instance, List.of("confidentiality"));
    assertThat(instance).isWaitingAt("Task_DraftConfirmation");
    assertThat(contractors.ofCase(instance.getBusinessKey()).missingClauses()).hasSize(5);

    draft(instance, OutsourcingTestBase.allClauses());
    assertThat(instance).isWaitingAt("Task_Consent");
  }

  @Test
  void theFilerCannotConsentToTheirOwnIntent() {
    StaffPrincipal dual = dualRoleUser("oc-dual-role", "supervising-manager", "total-manager");
    ProcessInstance instance = fileIntent(dual, uniqueName("兼務確認社"));
    complete(dual, instance, Map.of("interviewOn", LocalDate.now(clock).toString(), "responsiblePerson", "担当 一",
        "interviewAttendees", "兼務", "interviewFindings", "問題なし", "interviewConforms", "yes"), null, null);
    complete(dual, instance, Map.of("pledgeSigners", "担当 一", "pledgesReceivedOn",
        LocalDate.now(clock).toString()), null, null);
    complete(dual, instance, Map.of("documentRef", "v1", "clauses", OutsourcingTestBase.allClauses()), null, null);
    Task consent = task(instance);

    assertThatThrownBy(() -> actions.complete(dual, consent.getId(),
        Map.of("consentDecision", "consent", "consentReason", "自分で承諾"), "consent", null))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    assertThat(instance).isWaitingAt("Task_Consent");
    assertThat(contractors.ofCase(instance.getBusinessKey()).getStatus()).isEqualTo(ContractStatus.UNDER_REVIEW);
  }

  @Test
  void aProceduresRefusalOverRestIsForbiddenWithItsReason() {
    ProcessInstance instance = fileIntent(privacyLead, uniqueName("REST入力チェック社"));
    interview(instance);
    pledges(instance, "中島 直");
    draft(instance, OutsourcingTestBase.allClauses());
    decide(director, instance, "consent", "可");

    // every field meets the form; the glue refuses a term that ends before it starts (a rule across fields)
    HttpResponse<String> response = Rest.as(baseUrl(), "privacy-lead", "demo").post(
        "/task/" + task(instance).getId() + "/complete", "{\"variables\":{"
            + "\"signedOn\":{\"value\":\"2027-03-01\"},\"termStart\":{\"value\":\"2027-04-01\"},"
            + "\"termEnd\":{\"value\":\"2027-03-31\"},\"renewal\":{\"value\":\"none\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("outsourcing.error.term");
    assertThat(instance).isWaitingAt("Task_Conclude");
    // the refusal is in the trail once: who, which rule, the case, the call
    assertThat(trail.ofCase(instance.getId())).filteredOn(e -> AuditTrail.REFUSED.equals(e.getAction()))
        .singleElement().satisfies(refusal -> {
          assertThat(refusal.getActor()).isEqualTo("privacy-lead");
          assertThat(refusal.getSubject()).isEqualTo("outsourcing.error.term");
          assertThat(refusal.getBusinessKey()).isEqualTo(instance.getBusinessKey());
          assertThat(refusal.getTaskId()).isNotNull();
          assertThat(refusal.getDetail()).startsWith("POST /engine-rest/task/");
        });
  }

  @Test
  void pledgesWithoutANameAndATermEndingBeforeItStartsAreRefusedWithAMessage() {
    ProcessInstance instance = fileIntent(privacyLead, uniqueName("入力チェック社"));
    interview(instance);
    assertThatThrownBy(() -> pledges(instance, " \n  "))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.noPledges");
    assertThat(instance).isWaitingAt("Task_Pledges");
    pledges(instance, "中島 直");
    draft(instance, OutsourcingTestBase.allClauses());
    decide(director, instance, "consent", "可");
    assertThatThrownBy(() -> complete(privacyLead, instance, Map.of("signedOn", "2027-03-01",
        "termStart", "2027-04-01", "termEnd", "2027-03-31", "renewal", "none"), null, null))
        .isInstanceOf(ActionRefused.class).hasMessage("outsourcing.error.term");
    assertThat(instance).isWaitingAt("Task_Conclude");
  }

  @Test
  void anIdleConsentIsRemindedOnBusinessDays() {
    ProcessInstance instance = fileIntent(privacyLead, uniqueName("督促確認社"));
    interview(instance);
    pledges(instance, "森 進");
    draft(instance, OutsourcingTestBase.allClauses());
    Task consent = task(instance);
    Job reminder = job(instance, "Timer_ConsentReminder");
    assertThat(reminder.getDuedate()).isEqualTo(consent.getDueDate());
    assertThat(calendar.businessDaysBetween(LocalDate.now(clock),
        LocalDate.ofInstant(consent.getDueDate().toInstant(), clock.getZone()))).isEqualTo(settings.getReviewDays());

    long directorUnread = notifications.unreadCount("director");
    managementService.executeJob(reminder.getId());
    assertThat(notifications.unreadCount("director")).isEqualTo(directorUnread + 1);
    assertThat(instance).isWaitingAt("Task_Consent");
  }

  @Test
  void theRegistryPagesContractorsByNameInTheDatabase() {
    String prefix = uniqueName("ページング試験");
    for (int i = 0; i < 3; i++) {
      fileIntent(privacyLead, prefix + " " + i);
    }
    var first = contractors.page(prefix, PageRequest.of(0, 2, Sort.by("name")));
    var second = contractors.page(prefix, PageRequest.of(1, 2, Sort.by("name")));
    assertThat(first.getTotalElements()).isEqualTo(3);
    assertThat(first.getContent()).extracting(Contractor::getName).containsExactly(prefix + " 0", prefix + " 1");
    assertThat(second.getContent()).extracting(Contractor::getName).containsExactly(prefix + " 2");
  }
}
