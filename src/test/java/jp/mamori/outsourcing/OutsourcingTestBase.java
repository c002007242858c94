package jp.mamori.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.outsourcing.registry.ContractRepository;
import jp.mamori.outsourcing.registry.ContractStatus;
import jp.mamori.outsourcing.registry.Contractors;
import jp.mamori.outsourcing.registry.OutsourcingSettings;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the outsourcing process tests share: the demo staff, starting and completing through the app's own
 * services (so four-eyes and the audit trail apply), running async continuations and timers by hand (the job
 * executor is off in tests), and a concluded contract to check, breach or re-outsource.
 */
abstract class OutsourcingTestBase extends ProcessTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired Contractors contractors;
  @Autowired ContractRepository contracts;
  @Autowired Notifications notifications;
  @Autowired BusinessCalendar calendar;
  @Autowired OutsourcingSettings settings;

  StaffPrincipal privacyLead;
  StaffPrincipal director;
  StaffPrincipal recordsManager;

  @BeforeEach
  void users() {
    privacyLead = user("privacy-lead");
    director = user("director");
    recordsManager = user("records-manager");
  }

  /** A contractor name no other test uses (tests share one database). */
  static String uniqueName(String base) {
    return base + " " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSS")) + "-"
        + SEQUENCE.incrementAndGet();
  }

  static Map<String, Object> intent(String contractor) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("contractorName", contractor);
    vars.put("contractorAddress", "東京都渋谷区代々木1-1");
    vars.put("services", "診療報酬明細書の点検業務");
    vars.put("dataItems", "氏名、生年月日、保険者番号、傷病名、診療行為");
    vars.put("dataVolume", "約3,000件/月");
    vars.put("dataFlow", "院内端末で閲覧のみ。持出しなし。作業後は院内で廃棄。");
    vars.put("plannedTerm", "3年");
    return vars;
  }

  ProcessInstance fileIntent(StaffPrincipal by, String contractor) {
    return start(by, "outsourcingContract", intent(contractor));
  }

  void interview(ProcessInstance instance) {
    interview(instance, "yes");
  }

  /** @param conforms {@code yes} when the contractor meets this regulation's standard (第25条2(1)), else {@code no} */
  void interview(ProcessInstance instance, String conforms) {
    complete(privacyLead, instance, Map.of("interviewOn", LocalDate.now(clock).toString(),
        "responsiblePerson", "情報管理部長 岡田 修", "interviewAttendees", "佐藤(統括管理者)、岡田(委託先)",
        "interviewFindings", "ISMS 認証あり。入退室管理・ログ管理を確認。", "interviewConforms", conforms), null, null);
  }

  void pledges(ProcessInstance instance, String signers) {
    complete(privacyLead, instance, Map.of("pledgeSigners", signers,
        "pledgesReceivedOn", LocalDate.now(clock).toString()), null, null);
  }

  void draft(ProcessInstance instance, List<String> clauses) {
    complete(privacyLead, instance, Map.of("documentRef", "確認書案 第1版", "clauses", clauses), null, null);
  }

  static List<String> allClauses() {
    return List.of("confidentiality", "responsiblePerson", "custody", "accident", "reporting", "noReoutsourcing");
  }

  void decide(StaffPrincipal by, ProcessInstance instance, String decision, String reason) {
    complete(by, instance, Map.of("consentDecision", decision, "consentReason", reason), decision, reason);
  }

  void conclude(ProcessInstance instance, LocalDate termStart, String renewal, String interval) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("signedOn", termStart.minusDays(7).toString());
    vars.put("termStart", termStart.toString());
    vars.put("termEnd", termStart.plusYears(3).minusDays(1).toString());
    vars.put("renewal", renewal);
    vars.put("checkInterval", interval);
    complete(privacyLead, instance, vars, null, null);
  }

  /** Files, diligences, consents and concludes a contract; returns its case number. */
  String concludedContract(String contractor, LocalDate termStart, String interval) {
    ProcessInstance instance = fileIntent(privacyLead, contractor);
    interview(instance);
    pledges(instance, "岡田 修\n木村 恵");
    draft(instance, allClauses());
    decide(director, instance, "consent", "条件を満たしている");
    conclude(instance, termStart, "auto", interval);
    runAsync(instance);
    assertThat(contractors.ofCase(instance.getBusinessKey()).getStatus()).isEqualTo(ContractStatus.ACTIVE);
    return instance.getBusinessKey();
  }

  ProcessInstance periodicCheckOf(String contractKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("outsourcingPeriodicCheck")
        .processInstanceBusinessKey(contractKey).singleResult();
  }
}
