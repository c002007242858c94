package jp.mamori.purpose;

import static jp.mamori.purpose.PurposeFilings.filing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerRepository;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.purpose.registry.Purpose;
import jp.mamori.purpose.registry.PurposeRegistry;
import jp.mamori.purpose.registry.PurposeStatus;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/newPurposeAcquisition.bpmn (第11–15条): filing (第12条2), review (第12条3), approval
 * (第12条4), return and revision, rejection at each level, the 第15条 rule's outcomes, the registry's pending state,
 * the ledger entry (第22条), and the reminder and escalation timers on business days.
 */
class NewPurposeAcquisitionProcessTest extends ProcessTest {

  static final String KEY = "newPurposeAcquisition";

  @Autowired PurposeRegistry registry;
  @Autowired LedgerRepository ledger;
  @Autowired Notifications notifications;
  @Autowired BusinessCalendar calendar;
  @Autowired PurposeDeadlines deadlines;

  StaffPrincipal nurse;
  StaffPrincipal privacyLead;
  StaffPrincipal director;

  @BeforeEach
  void users() {
    nurse = user("nurse");
    privacyLead = user("privacy-lead");
    director = user("director");
  }

  @Test
  void forwardedAndApprovedPurposeIsRegisteredLedgeredAndTheHandlerIsTold() {
    long unreadBefore = notifications.unreadCount("nurse");
    ProcessInstance instance = file(nurse, filing("退院後の電話フォローアップ"));

    assertThat(instance).isWaitingAt("Task_Review").task().hasCandidateGroup("supervising-manager");
    // 第12条4: nothing may be acquired before approval — the registry says so
    assertThat(registry.ofCase(instance.getBusinessKey()).getStatus()).isEqualTo(PurposeStatus.PENDING);
    assertThat(registry.active()).extracting(Purpose::getCaseKey).doesNotContain(instance.getBusinessKey());

    review(instance, "forward", "記載内容に問題なし");
    assertThat(instance).isWaitingAt("Task_Approve").task().hasCandidateGroup("total-manager");
    approve(instance, "approve", "承認する");

    assertThat(instance).isWaitingAt("Task_PublishPurpose");
    runJob(instance);
    assertThat(instance).isEnded().hasPassed("End_Approved");

    Purpose purpose = registry.ofCase(instance.getBusinessKey());
    assertThat(purpose.getStatus()).isEqualTo(PurposeStatus.ACTIVE);
    assertThat(purpose.getDecidedBy()).isEqualTo("director");
    assertThat(purpose.getConsent()).isEqualTo("allowed");
    assertThat(purpose.getTextJa()).isEqualTo("退院後の電話フォローアップ");
    assertThat(registry.active()).extracting(Purpose::getCaseKey).contains(instance.getBusinessKey());
    LedgerEntry entry = ledger.findByCaseKey(instance.getBusinessKey()).orElseThrow();
    assertThat(entry.getInformationManager()).isEqualTo("records-manager");
    assertThat(entry.getPurposeId()).isEqualTo(purpose.getId());
    assertThat(entry.getStoragePlace()).isEqualTo("看護部 施錠キャビネット");
    // 第23条: the filing's "5年" becomes five years from today; the disposal method is the 統括's, so a draft (第24条)
    assertThat(entry.getRetention().years()).isEqualTo(5);
    assertThat(entry.getRetainUntil()).isEqualTo(java.time.LocalDate.now(clock).plusYears(5));
    assertThat(entry.getStatus()).isEqualTo(jp.mamori.ledger.LedgerStatus.DRAFT);
    assertThat(entry.getCollectionMethod()).isEqualTo("self、interview");
    assertThat(notifications.unreadCount("nurse")).isGreaterThan(unreadBefore);
    assertThat(notifications.latestFor("nurse", 1).get(0).getTitle()).isEqualTo("新目的の届出が承認されました");
    assertThat(decisions(instance)).containsExactly("privacy-lead:decision=forward", "director:decision=approve");
  }

  @Test
  void returnedForRevisionThenResubmittedAndApproved() {
    ProcessInstance instance = file(nurse, filing("検査結果の郵送"));
    review(instance, "return", "保管場所を具体的に記載してください");

    assertThat(instance).isWaitingAt("Task_Revise").task().isAssignedTo("nurse");
    Task revise = task(instance);
    Map<String, Object> revised = filing("検査結果の郵送(簡易書留)");
    revised.put("storagePlace", "医事課 書庫 棚B-3");
    complete(nurse, revise, revised, null, null);

    assertThat(instance).isWaitingAt("Task_Review");
    assertThat(registry.ofCase(instance.getBusinessKey()).getTextJa()).isEqualTo("検査結果の郵送(簡易書留)");
    review(instance, "return", "もう一度");
    complete(nurse, instance, revised, null, null);
    review(instance, "forward", null);
    approve(instance, "approve", null);
    runJob(instance);

    assertThat(instance).isEnded().hasPassed("End_Approved");
    assertThat(ledger.findByCaseKey(instance.getBusinessKey())).get()
        .extracting(LedgerEntry::getStoragePlace).isEqualTo("医事課 書庫 棚B-3");
  }

  @Test
  void rejectedAtReview() {
    ProcessInstance instance = file(nurse, filing("職員の私的な名簿作成"));
    review(instance, "reject", "病院の事業活動の範囲外(第12条)");

    assertThat(instance).isEnded().hasPassed("End_Rejected");
    Purpose purpose = registry.ofCase(instance.getBusinessKey());
    assertThat(purpose.getStatus()).isEqualTo(PurposeStatus.REJECTED);
    assertThat(purpose.getDecidedBy()).isEqualTo("privacy-lead");
    assertThat(purpose.getDecisionReason()).isEqualTo("病院の事業活動の範囲外(第12条)");
    assertThat(ledger.findByCaseKey(instance.getBusinessKey())).isEmpty();
  }

  @Test
  void rejectedAtApproval() {
    ProcessInstance instance = file(nurse, filing("製薬会社への情報提供"));
    review(instance, "forward", null);
    approve(instance, "reject", "第三者提供には同意書(別紙3)が必要");

    assertThat(instance).isEnded().hasPassed("End_Rejected");
    Purpose purpose = registry.ofCase(instance.getBusinessKey());
    assertThat(purpose.getStatus()).isEqualTo(PurposeStatus.REJECTED);
    assertThat(purpose.getDecidedBy()).isEqualTo("director");
    assertThat(purpose.getDecisionReason()).contains("別紙3");
  }

  @ParameterizedTest(name = "第15条: 同意も法令上の根拠もない要配慮個人情報は取得不可 ({0})")
  @ValueSource(strings = {"new", "withinRelevance", "beyondRelevance"})
  void specialCategoriesWithoutConsentOrStatuteCannotBeAcquired(String changeOfPurpose) {
    Map<String, Object> vars = filing("宗教に関する調査");
    vars.put("changeOfPurpose", changeOfPurpose);
    vars.put("specialCategories", List.of("belief"));
    vars.put("legalBasis", "none");
    ProcessInstance instance = file(nurse, vars);

    assertThat(instance).isEnded().hasPassed("End_NotPermitted").hasNotPassed("Task_Review");
    Purpose purpose = registry.ofCase(instance.getBusinessKey());
    assertThat(purpose.getStatus()).isEqualTo(PurposeStatus.NOT_PERMITTED);
    assertThat(purpose.getDecisionReason()).contains("第15条");
    assertThat(notifications.latestFor("nurse", 1).get(0).getTitle()).contains("受け付けられませんでした");
  }

  @Test
  void specialCategoriesWithAConsentPlanAreReviewedAndKeptAsConsentRequired() {
    Map<String, Object> vars = filing("遺伝子検査結果の研究利用");
    vars.put("specialCategories", List.of("genetic", "health"));
    vars.put("legalBasis", "consent");
    ProcessInstance instance = file(nurse, vars);

    assertThat(instance).isWaitingAt("Task_Review");
    assertThat(runtimeService.getVariable(instance.getId(), "acquisitionRule"))
        .isEqualTo("consentRequired");
    review(instance, "forward", null);
    approve(instance, "approve", "同意書を取得すること");
    runJob(instance);
    assertThat(registry.ofCase(instance.getBusinessKey()).isConsentRequired()).isTrue();
  }

  @Test
  void theRequesterCannotReviewTheirOwnNotification() {
    StaffPrincipal dual = dualRoleUser("np-dual-role", "handler", "supervising-manager");
    ProcessInstance instance = file(dual, filing("二重の役割"));
    Task review = task(instance);

    assertThatThrownBy(() -> actions.complete(dual, review.getId(), Map.of("reviewDecision", "forward"),
        "forward", null)).isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    assertThat(instance).isWaitingAt("Task_Review");
  }

  @Test
  void anIdleReviewIsRemindedThenEscalatedToTheNextRoleOnBusinessDays() {
    ProcessInstance instance = file(nurse, filing("督促の確認"));
    Task review = task(instance);
    LocalDate today = LocalDate.now(clock);

    Job reminder = job(instance, "Timer_ReviewReminder");
    Job escalation = job(instance, "Timer_ReviewEscalation");
    LocalDate dueDay = LocalDate.ofInstant(review.getDueDate().toInstant(), clock.getZone());
    assertThat(calendar.businessDaysBetween(today, dueDay)).isEqualTo(deadlines.getReviewDays());
    assertThat(reminder.getDuedate()).isEqualTo(review.getDueDate());
    assertThat(calendar.businessDaysBetween(today,
        LocalDate.ofInstant(escalation.getDuedate().toInstant(), clock.getZone())))
        .isEqualTo(deadlines.getEscalateAfterDays());

    long leadUnread = notifications.unreadCount("privacy-lead");
    managementService.executeJob(reminder.getId());
    assertThat(notifications.unreadCount("privacy-lead")).isEqualTo(leadUnread + 1);
    assertThat(instance).isWaitingAt("Task_Review");

    long directorUnread = notifications.unreadCount("director");
    managementService.executeJob(escalation.getId());
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
        .contains("supervising-manager", "total-manager");
    assertThat(task(instance).getPriority()).isEqualTo(80);
    assertThat(notifications.unreadCount("director")).isEqualTo(directorUnread + 1);
    assertThat(trail.ofCase(instance.getId())).extracting("action").contains("TASK_ESCALATED");
    assertThat(instance).isWaitingAt("Task_Review");
  }

  @Test
  void anIdleClaimedApprovalEscalatesToTheDirectorsDeputy() {
    ProcessInstance instance = file(nurse, filing("承認のエスカレーション"));
    // reviewed by another supervising manager: the deputy did not review, so may approve (fourEyesTasks)
    StaffPrincipal otherReviewer = dualRoleUser("np-dual-role", "handler", "supervising-manager");
    actions.complete(otherReviewer, task(instance).getId(), Map.of("reviewDecision", "forward"), "forward", null);
    actions.claim(director, task(instance).getId());

    runJob(instance, "Timer_ApprovalEscalation");

    assertThat(taskService.getIdentityLinksForTask(task(instance).getId())).extracting(IdentityLink::getUserId)
        .contains("privacy-lead");
    assertThat(instance).isWaitingAt("Task_Approve");
  }

  @Test
  void theRemindersOfAFinishedReviewAreGoneWithIt() {
    ProcessInstance instance = file(nurse, filing("タイマーの後始末"));
    review(instance, "forward", null);
    assertThat(job(instance, "Timer_ReviewReminder")).isNull();
    assertThat(job(instance, "Timer_ApprovalReminder")).isNotNull();
  }

  private ProcessInstance file(StaffPrincipal user, Map<String, Object> variables) {
    return start(user, KEY, variables);
  }

  private void review(ProcessInstance instance, String decision, String reason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("reviewDecision", decision);
    vars.put("reviewReason", reason);
    complete(privacyLead, instance, vars, decision, reason);
  }

  private void approve(ProcessInstance instance, String decision, String reason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("approvalDecision", decision);
    vars.put("approvalReason", reason);
    complete(director, instance, vars, decision, reason);
  }

  private void runJob(ProcessInstance instance) {
    runJob(instance, "Task_PublishPurpose");
  }
}
