package jp.mamori.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.ledger.Ledger;
import jp.mamori.notification.Notifications;
import jp.mamori.provision.registry.Basis;
import jp.mamori.provision.registry.ProvisionRecords;
import jp.mamori.provision.registry.ProvisionRequest;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.testing.Rest;
import jp.mamori.trail.PatientDataAccess;
import jp.mamori.trail.PatientDataAccessLog;
import jp.mamori.web.ActionRefused;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Paths of processes/patientRequest.bpmn (第19条2, 第27–32条; Keio 17, 25–32): intake and the requester's
 * documents (第30条, 第32条), the patient's confirmation and withdrawal (Keio 30), the investigation per ledger
 * entry, the decision with its ground (第27条2, 第28条2, 第29条), four-eyes on every channel, the total manager's
 * refusal, the fee (第31条) paid or not, the carrying-out (第28条3, 第29条3), the letter, the deadline's timers.
 */
class PatientRequestProcessTest extends ProcessTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired Ledger ledger;
  @Autowired Requests requests;
  @Autowired Letters letters;
  @Autowired RequestSettings settings;
  @Autowired Notifications notifications;
  @Autowired RequestAccess access;
  @Autowired PatientDataAccessLog accessLog;
  @Autowired ProvisionRecords provisions;

  StaffPrincipal desk;
  StaffPrincipal privacyLead;
  StaffPrincipal director;
  StaffPrincipal recordsManager;
  Long chartEntry;
  Long imagesEntry;

  @BeforeEach
  void setUp() {
    desk = user("desk");
    privacyLead = user("privacy-lead");
    director = user("director");
    recordsManager = user("records-manager");
    int n = SEQUENCE.incrementAndGet();
    chartEntry = ledger.add("診療録(外来)" + n, "MEDICAL_AFFAIRS", e -> e.keeping("電子カルテ", "emr", jp.mamori.ledger.Retention.years(5, jp.mamori.ledger.RetentionEvent.CREATED, java.time.LocalDate.of(2020, 4, 1)), jp.mamori.ledger.DisposalMethod.WIPE_AND_DESTROY))
        .getId();
    imagesEntry = ledger.add("画像検査記録" + n, "RADIOLOGY", e -> e.keeping("PACS", "emr", jp.mamori.ledger.Retention.years(5, jp.mamori.ledger.RetentionEvent.CREATED, java.time.LocalDate.of(2020, 4, 1)), jp.mamori.ledger.DisposalMethod.WIPE_AND_DESTROY)).getId();
  }

  @AfterEach
  void defaults() {
    settings.configure("any", true);
    settings.configureAppealReviewer("committee");
  }

  Map<String, Object> intake(String kind, String requesterType, String... documents) {
    Map<String, Object> v = new HashMap<>();
    v.put("requestKind", kind);
    v.put("receivedVia", "counter");
    v.put("receivedOn", LocalDate.now().toString());
    v.put("patientNumber", "P-" + SEQUENCE.incrementAndGet());
    v.put("patientName", "山本 花子");
    v.put("patientBirthDate", "2012-05-01");
    v.put("requestedData", "小児科 2025年4月〜2026年3月の診療録と画像");
    v.put("ledgerEntryIds", chartEntry + ", " + imagesEntry);
    v.put("disclosureMethod", "paper");
    v.put("requestDetail", "住所の記載が誤っている。正しくは東京都新宿区1-2-3");
    v.put("requesterType", requesterType);
    if (!"patient".equals(requesterType)) {
      v.put("requesterName", "山本 太郎");
      v.put("requesterRelation", "父(親権者)");
      v.put("patientAbleToJudge", "no");
    }
    v.put("documentsSeen", List.of(documents));
    return v;
  }

  ProcessInstance register(Map<String, Object> intake) {
    return start(desk, "patientRequest", intake);
  }

  void investigate(ProcessInstance instance, boolean disclosure) {
    for (Task task : tasks(instance, "Task_Investigate")) {
      Map<String, Object> v = new HashMap<>(Map.of("dataFound", "found", "investigationOpinion", "該当あり。",
          "pages", 40L));
      if (disclosure) {
        v.putAll(Map.of("doctorName", "小林 医師", "harmRisk", "thirdParty",
            "doctorOpinion", "家族の相談記録は第三者の情報を含む"));
      }
      complete(user(task.getAssignee()), task, v, null, null);
    }
  }

  void decide(StaffPrincipal by, ProcessInstance instance, Map<String, Object> values) {
    complete(by, task(instance, "Task_Decide"), values, (String) values.get("requestDecision"),
        (String) values.get("requestReason"));
  }

  String letterText(String caseKey) throws IOException {
    LetterLink letter = letters.of(requests.ofCase(caseKey)).get(0);
    try (var pdf = Loader.loadPDF(letters.find(letter.id()).orElseThrow().getPdf())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  @Test
  @DisplayName("第27条・第31条・第32条: 未成年者の親権者の開示請求を台帳ごとに調査し、一部開示を決め、手数料の受領後に回答書を交付する")
  void aParentsDisclosureRequestIsPartlyGrantedChargedAndAnswered() throws IOException {
    ProcessInstance instance = register(intake("disclosure", "legalRepresentative", "identity", "representation"));

    assertThat(instance).isWaitingAt("Task_Investigate").hasNotPassed("Task_ConfirmWithPatient");
    List<Task> investigations = tasks(instance, "Task_Investigate");
    assertThat(investigations).hasSize(2).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo("records-manager"));
    // the doctor's opinion is part of a disclosure's answer (第27条2(1))
    assertThatThrownBy(() -> complete(recordsManager, investigations.get(0),
        Map.of("dataFound", "found", "investigationOpinion", "あり"), null, null))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.doctorOpinion");
    investigate(instance, true);

    assertThat(instance).isWaitingAt("Task_Decide");
    assertThat((String) runtimeService.getVariable(instance.getId(), "investigationSummary")).contains("小林 医師");
    // a partial decision without a ground of 第27条 is refused
    assertThatThrownBy(() -> decide(privacyLead, instance, Map.of("requestDecision", "partial",
        "requestGround", "a28_2_1", "requestReason", "理由")))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.ground");
    decide(privacyLead, instance, Map.of("requestDecision", "partial", "requestGround", "a27_2_1",
        "requestReason", "家族の相談記録は第三者の権利利益を害するおそれがあるため開示しない", "copyPages", 40L,
        "imageDiscs", 1L));

    assertThat(instance).isWaitingAt("Task_RecordPayment");
    // 第31条: 3,850 + 40 × 33 + 2,200
    assertThat(runtimeService.getVariable(instance.getId(), "feeTotal")).isEqualTo(7370L);
    assertThat(requests.ofCase(instance.getBusinessKey()).getStatus()).isEqualTo(RequestStatus.AWAITING_PAYMENT);
    assertThat(letters.of(requests.ofCase(instance.getBusinessKey()))).isEmpty();
    complete(desk, task(instance), Map.of("paymentDecision", "paid", "receiptNumber", "R-100"), "paid", null);

    assertThat(instance).isWaitingAt("Task_SendReply");
    String text = letterText(instance.getBusinessKey());
    assertThat(text).contains("山本 花子").contains("第27条2(1)").contains("7,370円").contains("説明を求める");
    complete(desk, task(instance), Map.of("replyMethod", "counter", "replySentOn", LocalDate.now().toString()),
        null, null);
    // the appeal period (Keio 32) runs out without an appeal: the case ends answered
    assertThat(instance).isWaitingAt("Gateway_AwaitAppeal");
    runJob(instance, "Event_AppealPeriodOver");
    assertThat(instance).isEnded().hasPassed("End_Answered");
    PatientRequest request = requests.ofCase(instance.getBusinessKey());
    assertThat(request.getStatus()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(request.getDecidedBy()).isEqualTo("privacy-lead");
    assertThat(request.getReceiptNumber()).isEqualTo("R-100");
    assertThat(request.getDocumentsSeen()).isEqualTo("identity,representation");
  }

  @Test
  @DisplayName("第32条2: 請求者の種別に必要な書類を確認していない請求は受け付けられず、何も始まらない")
  void aRequestWithoutTheDocumentsItsRequesterNeedsIsNotAccepted() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("patientRequest").count();
    assertThatThrownBy(() -> register(intake("disclosure", "agent", "identity")))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.documents");
    assertThatThrownBy(() -> register(intake("disclosure", "legalRepresentative", "identity")))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.documents");
    assertThatThrownBy(() -> register(intake("disclosure", "patient")))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.documents");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("patientRequest").count())
        .isEqualTo(before);
  }

  @Test
  @DisplayName("慶應30条1: 代理人を弁護士に限る病院では、その他の代理人の請求を受け付けない")
  void theKeioVariantAcceptsOnlyLawyersAsAgents() {
    Map<String, Object> agent = intake("disclosure", "agent", "identity", "powerOfAttorney");
    agent.put("agentKind", "other");
    assertThat(register(agent)).isWaitingAt("Task_Investigate");

    settings.configure("lawyer", true);
    assertThatThrownBy(() -> register(agent)).isInstanceOf(ActionRefused.class).hasMessage("request.error.agent");
    agent.put("agentKind", "lawyer");
    assertThat(register(agent)).isWaitingAt("Task_Investigate");
  }

  @Test
  @DisplayName("慶應30条2・3: 判断能力のある本人に代わる代理人の請求は本人に確認し、本人は取り下げられる")
  void thePatientConfirmsOrWithdrawsAnAgentsRequest() {
    Map<String, Object> agent = intake("correction", "agent", "identity", "powerOfAttorney");
    agent.put("agentKind", "lawyer");
    agent.put("patientAbleToJudge", "yes");
    ProcessInstance instance = register(agent);
    assertThat(instance).isWaitingAt("Task_ConfirmWithPatient").task().hasCandidateGroup("medical-affairs-desk");
    assertThat(requests.ofCase(instance.getBusinessKey()).getStatus()).isEqualTo(RequestStatus.CONFIRMING);

    complete(desk, task(instance), Map.of("confirmDecision", "withdrawn",
        "confirmReason", "本人に電話で確認。本人は訂正を望まない"), "withdrawn", null);
    assertThat(instance).isEnded().hasPassed("End_WithdrawnByPatient").hasNotPassed("Task_Investigate");
    assertThat(requests.ofCase(instance.getBusinessKey()).getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
  }

  @Test
  @DisplayName("慶應30条2: 医事課は本人の申出による取下げをいつでも記録でき、医事課以外は記録できない")
  void theDeskRecordsAWithdrawalAtAnyTime() {
    ProcessInstance instance = register(intake("purposes", "patient", "identity"));
    assertThatThrownBy(() -> requests.withdraw(privacyLead, instance.getBusinessKey(), "取下げ"))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.notDesk");
    requests.withdraw(desk, instance.getBusinessKey(), "本人が窓口で取下げを申し出た");
    assertThat(instance).isEnded().hasPassed("End_Withdrawn");
    PatientRequest request = requests.ofCase(instance.getBusinessKey());
    assertThat(request.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(request.getClosingNote()).contains("窓口");
  }

  @Test
  @DisplayName("第19条2・四つの目: 受け付けた医事課職員は、統括管理者を兼ねていても決定できない(アプリ・REST とも)")
  void theClerkWhoRegisteredCannotDecideOnAnyChannel() {
    StaffPrincipal clerk = deskAndLead();
    ProcessInstance instance = start(clerk, "patientRequest", intake("purposes", "patient", "identity"));
    investigate(instance, false);
    Task decision = task(instance, "Task_Decide");

    assertThatThrownBy(() -> decide(clerk, instance, Map.of("requestDecision", "full")))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    HttpResponse<String> response = Rest.as(baseUrl(), clerk.userId(), "demo").post(
        "/task/" + decision.getId() + "/complete", "{\"variables\":{\"requestDecision\":{\"value\":\"full\"}}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("FourEyesViolation");
    assertThat(instance).isWaitingAt("Task_Decide");

    decide(privacyLead, instance, Map.of("requestDecision", "full"));
    assertThat(instance).isWaitingAt("Task_SendReply");
    assertThat(letterTextUnchecked(instance.getBusinessKey())).contains("利用目的");
  }

  private String letterTextUnchecked(String caseKey) {
    try {
      return letterText(caseKey);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private StaffPrincipal deskAndLead() {
    String id = "desk-lead";
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setLastName("兼務");
      user.setFirstName("医事");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, "medical-affairs-desk");
      identityService.createMembership(id, "supervising-manager");
    }
    return user(id);
  }

  @Test
  @DisplayName("第27条2(3)・第27条3: 拒否は総括個人情報管理者が承認し、差し戻せば統括管理者が決め直す。手数料はかからない")
  void aRefusalIsConfirmedByTheTotalManagerAndNotCharged() throws IOException {
    ProcessInstance instance = register(intake("disclosure", "patient", "identity"));
    investigate(instance, true);
    Map<String, Object> refusal = Map.of("requestDecision", "refusal", "requestGround", "a27_2_3",
        "requestReason", "捜査機関への照会記録であり、開示は法令に反する");
    decide(privacyLead, instance, refusal);
    assertThat(instance).isWaitingAt("Task_ConfirmRefusal").task().hasCandidateGroup("total-manager");
    complete(director, task(instance), Map.of("refusalDecision", "return", "refusalReason", "一部開示を検討"),
        "return", "一部開示を検討");
    assertThat(instance).isWaitingAt("Task_Decide");
    decide(privacyLead, instance, refusal);
    complete(director, task(instance), Map.of("refusalDecision", "confirm"), "confirm", null);

    assertThat(instance).isWaitingAt("Task_SendReply").hasNotPassed("Task_ComputeFee");
    assertThat(letterText(instance.getBusinessKey())).contains("別紙6").contains("第27条2(3)");
  }

  @Test
  @DisplayName("第29条4: 統括管理者だけで拒否を決める病院では、総括個人情報管理者の承認を経ない(ただし書は代わりの措置が必須)")
  void aRefusalWithoutTheTotalManagerWhenConfigured() throws IOException {
    settings.configure("any", false);
    ProcessInstance instance = register(intake("suspension", "patient", "identity"));
    investigate(instance, false);
    assertThatThrownBy(() -> decide(privacyLead, instance, Map.of("requestDecision", "refusal",
        "requestGround", "a29_proviso", "requestReason", "診療に必要")))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.replacingMeasure");
    decide(privacyLead, instance, Map.of("requestDecision", "refusal", "requestGround", "a29_proviso",
        "requestReason", "継続中の診療に必要", "replacingMeasure", "研究目的での利用から除外する"));
    assertThat(instance).isWaitingAt("Task_SendReply").hasNotPassed("Task_ConfirmRefusal", "Task_CarryOut");
    assertThat(letterText(instance.getBusinessKey())).contains("別紙10-2").contains("研究目的での利用から除外する");
  }

  @Test
  @DisplayName("第28条3: 訂正に応じると台帳ごとの個人情報管理者が訂正し、訂正した内容が回答書(別紙8-1)に載る")
  void anAcceptedCorrectionIsCarriedOutPerEntryAndRecorded() throws IOException {
    ProcessInstance instance = register(intake("correction", "patient", "identity"));
    investigate(instance, false);
    decide(privacyLead, instance, Map.of("requestDecision", "full"));
    assertThat(instance).isWaitingAt("Task_CarryOut").hasNotPassed("Task_ComputeFee");
    assertThatThrownBy(() -> complete(recordsManager, tasks(instance, "Task_CarryOut").get(0), Map.of(), null, null))
        .isInstanceOf(RuntimeException.class);
    for (Task task : tasks(instance, "Task_CarryOut")) {
      complete(recordsManager, task, Map.of("changeMade", "住所を東京都新宿区1-2-3に訂正"), null, null);
    }
    assertThat(requests.entriesOf(requests.ofCase(instance.getBusinessKey())))
        .allSatisfy(e -> assertThat(e.getChangeMade()).contains("新宿区"));
    assertThat(letterText(instance.getBusinessKey())).contains("別紙8-1").contains("新宿区");
  }

  @Test
  @DisplayName("第29条2・3: 第三者提供の停止に応じると、停止した提供を記録する")
  void anAcceptedStopOfProvisionRecordsWhatWasStopped() throws IOException {
    Map<String, Object> intake = intake("stopProvision", "patient", "identity");
    String patient = (String) intake.get("patientNumber");
    String provisionKey = "TP-TEST-" + SEQUENCE.incrementAndGet();
    provisions.record(provisionKey, new ProvisionRequest("製薬会社", "company", List.of(patient), "処方歴", null,
        "市販後調査", Basis.PURPOSE, "research", null, null, null, "nurse"), null, "records-manager");
    ProcessInstance instance = register(intake);
    investigate(instance, false);
    decide(privacyLead, instance, Map.of("requestDecision", "full"));
    for (Task task : tasks(instance, "Task_CarryOut")) {
      complete(recordsManager, task, Map.of("changeMade", "製薬会社への提供を停止"), null, null);
    }
    assertThat(letterText(instance.getBusinessKey())).contains("別紙10-1").contains("製薬会社への提供を停止");
    // 第29条2 (Keio 25): the provision records of the patient are stopped, by the one who carried it out
    assertThat(provisions.ofCase(provisionKey)).hasValueSatisfying(r -> assertThat(r.isStopped()).isTrue());
    assertThat(requests.entriesOf(requests.ofCase(instance.getBusinessKey())))
        .anySatisfy(e -> assertThat(e.getChangeMade()).contains(provisionKey));
  }

  @Test
  @DisplayName("第31条: 手数料が支払われなければ開示せず、請求は未払いで終わる")
  void anUnpaidFeeEndsTheRequestWithoutDisclosure() {
    ProcessInstance instance = register(intake("disclosure", "patient", "identity"));
    investigate(instance, true);
    decide(privacyLead, instance, Map.of("requestDecision", "full", "copyPages", 10L));
    assertThat(runtimeService.getVariable(instance.getId(), "feeTotal")).isEqualTo(4180L);
    complete(desk, task(instance), Map.of("paymentDecision", "notPaid", "paymentReason", "本人が請求をやめた"),
        "notPaid", "本人が請求をやめた");
    assertThat(instance).isEnded().hasPassed("End_NotPaid").hasNotPassed("Task_Letter");
    assertThat(requests.ofCase(instance.getBusinessKey()).getStatus()).isEqualTo(RequestStatus.NOT_PAID);
  }

  @Test
  @DisplayName("第19条2: 決定の期限(受付から14暦日)が近づけば督促し、過ぎればエスカレーションする。期限切れは一覧に出る")
  void anIdleDecisionIsRemindedThenEscalatedAndShownOverdue() {
    Map<String, Object> old = intake("purposes", "patient", "identity");
    old.put("receivedOn", LocalDate.now().minusDays(20).toString());
    ProcessInstance instance = register(old);
    PatientRequest request = requests.ofCase(instance.getBusinessKey());
    assertThat(request.getDueAt()).isEqualTo(requests.decisionDue(LocalDate.now().minusDays(20)));
    assertThat(request.isOverdue(clock.instant())).isTrue();
    investigate(instance, false);
    long unread = notifications.unreadCount("privacy-lead");
    runJob(instance, "Timer_DecisionReminder");
    assertThat(notifications.unreadCount("privacy-lead")).isGreaterThan(unread);
    runJob(instance, "Timer_DecisionEscalation");
    assertThat(instance).hasPassed("Task_DecisionEscalation").isWaitingAt("Task_Decide");
  }

  @Test
  @DisplayName("要知の原則: 請求は医事課・決定者・その台帳の調査者だけが読み、見るたびにアクセス記録が残る")
  void onlyThoseWhoNeedToKnowReadARequestAndEveryViewIsLogged() {
    ProcessInstance instance = register(intake("disclosure", "patient", "identity"));
    String key = instance.getBusinessKey();
    StaffPrincipal otherManager = dualRoleUser("im-other", "information-manager");

    assertThat(access.view(user("nurse"), key, "request.xhtml", "10.0.0.9", PatientDataAccess.Channel.APP)).isEmpty();
    assertThat(access.view(otherManager, key, "request.xhtml", "10.0.0.9", PatientDataAccess.Channel.APP)).isEmpty();
    assertThat(accessLog.ofCase(key)).isEmpty();
    for (StaffPrincipal reader : List.of(desk, privacyLead, director, recordsManager)) {
      assertThat(access.view(reader, key, "request.xhtml", "10.0.0.1", PatientDataAccess.Channel.APP)).isPresent();
    }
    assertThat(accessLog.ofCase(key)).extracting(PatientDataAccess::getUserId)
        .containsExactly("desk", "privacy-lead", "director", "records-manager");
    assertThat(accessLog.ofCase(key)).allSatisfy(a -> {
      assertThat(a.getRemoteAddress()).isEqualTo("10.0.0.1");
      assertThat(a.getChannel()).isEqualTo("app");
    });
    // the register (no names) is for the desk and the deciders
    assertThat(access.mayList(desk)).isTrue();
    assertThat(access.mayList(recordsManager)).isFalse();
  }

  private ProcessInstance refusedAndAnswered() {
    ProcessInstance instance = register(intake("disclosure", "patient", "identity"));
    investigate(instance, true);
    decide(privacyLead, instance, Map.of("requestDecision", "refusal", "requestGround", "a27_2_1",
        "requestReason", "本人の生命・身体を害するおそれがある"));
    if (settings.isRefusalByTotalManager()) {
      complete(director, task(instance, "Task_ConfirmRefusal"), Map.of("refusalDecision", "confirm"), "confirm",
          null);
    }
    complete(desk, task(instance, "Task_SendReply"), Map.of("replyMethod", "counter",
        "replySentOn", LocalDate.now().toString()), null, null);
    assertThat(instance).isWaitingAt("Gateway_AwaitAppeal");
    return instance;
  }

  @Test
  @DisplayName("慶應32条: 不服申立ては医事課が登録し、決定した人・拒否を承認した人は審理できず(アプリ・REST とも)、部会の他の委員が取り消すと決定し直す")
  void anAppealIsReviewedByACommitteeMemberWhoDidNotDecideAndOverturned() throws IOException {
    ProcessInstance instance = refusedAndAnswered();
    String key = instance.getBusinessKey();
    assertThatThrownBy(() -> requests.appeal(privacyLead, key, LocalDate.now(), "納得できない"))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.notDesk");
    assertThatThrownBy(() -> requests.appeal(desk, key, LocalDate.now(), " "))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.appealReason");
    requests.appeal(desk, key, LocalDate.now(), "担当医の意見に納得できない。自分の検査結果は見られるはず");
    assertThat(requests.ofCase(key).getStatus()).isEqualTo(RequestStatus.APPEALED);
    assertThat(requests.ofCase(key).isOverdue(clock.instant())).isFalse();
    // a second appeal while the first is reviewed is refused
    assertThatThrownBy(() -> requests.appeal(desk, key, LocalDate.now(), "再度"))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.notAppealable");

    Task review = task(instance, "Task_ReviewAppeal");
    assertThat(review).hasCandidateGroup("committee");
    Map<String, Object> overturned = Map.of("appealOutcome", "overturned",
        "appealReviewReason", "検査結果には第三者の情報がなく、害のおそれも具体的でない");
    for (StaffPrincipal decider : List.of(privacyLead, director)) {
      assertThatThrownBy(() -> complete(decider, review, overturned, "overturned", null))
          .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    }
    HttpResponse<String> response = Rest.as(baseUrl(), "privacy-lead", "demo").post(
        "/task/" + review.getId() + "/complete", "{\"variables\":{\"appealOutcome\":{\"value\":\"upheld\"}}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    // the committee's reviewer reads the appealed case (need to know)
    assertThat(access.mayRead(recordsManager, requests.ofCase(key))).isTrue();
    complete(recordsManager, review, overturned, "overturned", null);

    assertThat(instance).isWaitingAt("Task_SendAppealReply");
    List<LetterLink> kept = letters.of(requests.ofCase(key));
    assertThat(kept).hasSize(2);
    assertThat(kept.get(0).template()).isEqualTo("appeal-overturned.txt");
    assertThat(kept.get(0).titleKey()).isEqualTo("request.letterTitle.appeal");
    assertThat(kept.get(1).createdAt()).isNotNull();
    assertThat(kept.get(0).createdAt()).isAfterOrEqualTo(kept.get(1).createdAt());
    assertThat(letterText(key)).contains("不服申立て").contains("決定を取り消します").contains("個人情報保護部会")
        .contains("担当医の意見に納得できない");
    complete(desk, task(instance, "Task_SendAppealReply"), Map.of("appealReplyMethod", "post",
        "appealReplySentOn", LocalDate.now().toString()), null, null);

    // overturned: decided again, this time the whole disclosure, charged and answered; a new appeal period runs
    assertThat(instance).isWaitingAt("Task_Decide");
    assertThat(requests.ofCase(key).getStatus()).isEqualTo(RequestStatus.DECIDING);
    assertThat(requests.ofCase(key).getAppealOutcome()).isEqualTo("overturned");
    assertThat(job(instance, "Timer_DecisionEscalation").getDuedate()).isAfter(java.util.Date.from(clock.instant()));
    decide(privacyLead, instance, Map.of("requestDecision", "full", "copyPages", 5L));
    complete(desk, task(instance, "Task_RecordPayment"), Map.of("paymentDecision", "paid", "receiptNumber", "R-7"),
        "paid", null);
    complete(desk, task(instance, "Task_SendReply"), Map.of("replyMethod", "counter",
        "replySentOn", LocalDate.now().toString()), null, null);
    assertThat(instance).isWaitingAt("Gateway_AwaitAppeal");
    assertThat(requests.ofCase(key).getStatus()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(requests.ofCase(key).getOutcome()).isEqualTo(RequestOutcome.FULL);
  }

  @Test
  @DisplayName("慶應32条・施設プロファイル: 大学病院の設定では総括管理責任者が審理し、決定を維持すれば案件は回答済みに戻る")
  void underTheUniversityProfileTheTotalManagerReviewsAndUpholds() throws IOException {
    settings.configure("lawyer", false);
    settings.configureAppealReviewer("total-manager");
    ProcessInstance instance = refusedAndAnswered();
    String key = instance.getBusinessKey();
    requests.appeal(desk, key, LocalDate.now(), "理由が分からない");
    assertThat(task(instance, "Task_ReviewAppeal")).hasCandidateGroup("total-manager");
    complete(director, task(instance, "Task_ReviewAppeal"), Map.of("appealOutcome", "upheld",
        "appealReviewReason", "担当医の意見には具体的な根拠がある"), "upheld", null);
    assertThat(letterText(key)).contains("決定を維持します").contains("担当医の意見には具体的な根拠がある");
    complete(desk, task(instance, "Task_SendAppealReply"), Map.of("appealReplyMethod", "counter",
        "appealReplySentOn", LocalDate.now().toString()), null, null);
    assertThat(instance).isEnded().hasPassed("End_AppealUpheld");
    PatientRequest request = requests.ofCase(key);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(request.getAppealReviewedBy()).isEqualTo("director");
    assertThat(request.getOutcome()).isEqualTo(RequestOutcome.REFUSAL);
    // the case has ended: no further appeal on it
    assertThatThrownBy(() -> requests.appeal(desk, key, LocalDate.now(), "再度"))
        .isInstanceOf(ActionRefused.class).hasMessage("request.error.notAppealable");
  }
}
