package jp.mamori.provision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.notification.Notifications;
import jp.mamori.provision.registry.Consent;
import jp.mamori.provision.registry.ConsentForm;
import jp.mamori.provision.registry.Consents;
import jp.mamori.provision.registry.Objections;
import jp.mamori.provision.registry.ProvisionRecords;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What the provision tests share: the demo staff, a patient number no other test uses, a filing and a consent. */
abstract class ProvisionTestBase extends ProcessTest {

  static final String PROCESS = "thirdPartyProvision";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired Consents consents;
  @Autowired Objections objections;
  @Autowired ProvisionRecords records;
  @Autowired Notifications notifications;

  StaffPrincipal nurse;
  StaffPrincipal recordsManager;
  StaffPrincipal officer;
  StaffPrincipal desk;

  @BeforeEach
  void users() {
    nurse = user("nurse");
    recordsManager = user("records-manager");
    officer = user("hq-officer");
    desk = user("desk");
  }

  /** A patient number no other test uses (the tests share one database). */
  static String newPatient() {
    return "P" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSS")) + "-"
        + SEQUENCE.incrementAndGet();
  }

  static Map<String, Object> request(String recipient, String patients) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("recipient", recipient);
    vars.put("recipientKind", "insurer");
    vars.put("patients", patients);
    vars.put("dataItems", "診療報酬明細書、傷病名");
    vars.put("provisionReason", "保険者からの照会への回答");
    return vars;
  }

  static Map<String, Object> withinPurpose(String recipient, String patients, String purposeCode) {
    Map<String, Object> vars = request(recipient, patients);
    vars.put("basis", "purpose");
    vars.put("purposeCode", purposeCode);
    return vars;
  }

  static Map<String, Object> onConsent(String recipient, String patient, Long consentId) {
    Map<String, Object> vars = request(recipient, patient);
    vars.put("recipientKind", "researcher");
    vars.put("basis", "consent");
    vars.put("consentId", String.valueOf(consentId));
    return vars;
  }

  static Map<String, Object> underException(String recipient, String patients, String ground) {
    Map<String, Object> vars = request(recipient, patients);
    vars.put("recipientKind", "police");
    vars.put("basis", "exception");
    vars.put("exceptionGround", ground);
    vars.put("exceptionDetails", "捜索差押許可状 第123号(東京地方裁判所)");
    return vars;
  }

  ProcessInstance file(StaffPrincipal by, Map<String, Object> vars) {
    return start(by, PROCESS, vars);
  }

  Consent consent(String patient, String recipient) {
    return consents.record(new ConsentForm(patient, "患者 太郎", "検査結果を共同研究に", recipient,
        LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1), null, null, false), "desk");
  }

  void confirm(ProcessInstance instance) {
    complete(recordsManager, task(instance, "Task_Confirm"), Map.of("confirmDecision", "confirm"), "confirm",
        null);
    runAsync(instance);
  }
}
