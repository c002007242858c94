package jp.mamori.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import jp.mamori.provision.registry.Basis;
import jp.mamori.provision.registry.Consent;
import jp.mamori.provision.registry.ConsentForm;
import jp.mamori.provision.registry.ExceptionGround;
import jp.mamori.provision.registry.ObjectionKind;
import jp.mamori.provision.registry.ProvisionRecord;
import jp.mamori.provision.registry.ProvisionRequest;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * processes/thirdPartyProvision.bpmn on the app's engine and database: each basis of 第26条, the exception's
 * approval and refusal (3項, four-eyes), consents withdrawn or out of scope (4項), a minor (Keio 11), objections
 * (000 *1-*3) and the 次世代医療基盤法 opt-out (001), and the record written once per provision (APPI 29条).
 */
class ThirdPartyProvisionProcessTest extends ProvisionTestBase {

  @Test
  @DisplayName("第26条1: within the purposes of use, the information manager confirms and one record is written")
  void withinThePurposes() {
    String patient = newPatient();
    ProcessInstance instance = file(nurse, withinPurpose("東京保険組合", patient, "ART17-2-CHI"));
    assertThat(instance).isWaitingAt("Task_Confirm").task().hasCandidateGroup("information-manager");
    assertThat(records.ofCase(instance.getBusinessKey())).isEmpty();

    long unread = notifications.unreadCount("nurse");
    confirm(instance);

    assertThat(instance).isEnded().hasPassed("End_Provided");
    ProvisionRecord record = records.ofCase(instance.getBusinessKey()).orElseThrow();
    assertThat(record.getBasis()).isEqualTo(Basis.PURPOSE);
    assertThat(record.getPurposeCode()).isEqualTo("ART17-2-CHI");
    assertThat(record.getPatients()).containsExactly(patient);
    assertThat(record.getFiledBy()).isEqualTo("nurse");
    assertThat(record.getConfirmedBy()).isEqualTo("records-manager");
    assertThat(record.getApprovedBy()).isNull();
    assertThat(record.getRetainUntil()).isEqualTo(record.getProvidedOn().plusYears(3));
    assertThat(records.ofPatient(patient)).extracting(ProvisionRecord::getId).containsExactly(record.getId());
    assertThat(notifications.unreadCount("nurse")).isEqualTo(unread + 1);
    assertThat(decisions(instance)).containsExactly("records-manager:decision=confirm");
  }

  @Test
  @DisplayName("第26条: without a basis the provision cannot proceed; an unknown purpose is no basis")
  void noBasisNoProvision() {
    String patient = newPatient();
    assertThatThrownBy(() -> file(nurse, request("東京保険組合", patient)))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.noBasis");
    assertThatThrownBy(() -> file(nurse, withinPurpose("東京保険組合", patient, "NO-SUCH-PURPOSE")))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.purposeUnknown");
    Map<String, Object> exceptionWithoutGround = underException("警察署", patient, "warrant");
    exceptionWithoutGround.remove("exceptionGround");
    assertThatThrownBy(() -> file(nurse, exceptionWithoutGround))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.noExceptionGround");
    assertThat(records.ofPatient(patient)).isEmpty();
  }

  @Test
  @DisplayName("第26条2: on the patient's consent (別紙3) the record names the consent")
  void onConsent() {
    String patient = newPatient();
    Consent consent = consent(patient, "共同研究機関A");
    ProcessInstance instance = file(nurse, onConsent("共同研究機関A", patient, consent.getId()));
    confirm(instance);

    ProvisionRecord record = records.ofCase(instance.getBusinessKey()).orElseThrow();
    assertThat(record.getBasis()).isEqualTo(Basis.CONSENT);
    assertThat(record.getConsentId()).isEqualTo(consent.getId());
  }

  @Test
  @DisplayName("第26条4: a withdrawn consent (別紙4) is refused, at filing and before the data leave")
  void withdrawnConsent() {
    String patient = newPatient();
    Consent consent = consent(patient, "共同研究機関B");
    ProcessInstance instance = file(nurse, onConsent("共同研究機関B", patient, consent.getId()));

    consents.withdraw(consent.getId(), "研究への提供をやめたい", "desk");

    assertThatThrownBy(() -> confirm(instance)).isInstanceOf(ActionRefused.class)
        .hasMessage("provision.error.consentWithdrawn");
    assertThat(instance).isWaitingAt("Task_Confirm");
    assertThatThrownBy(() -> file(nurse, onConsent("共同研究機関B", patient, consent.getId())))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.consentWithdrawn");
    assertThat(consents.history(consent.getId())).extracting(c -> c.getKind() + ":" + c.getChangedBy())
        .containsExactly("GIVEN:desk", "WITHDRAWN:desk");
    assertThat(records.ofPatient(patient)).isEmpty();
  }

  @Test
  @DisplayName("第26条2: a consent to another recipient, of another patient, or expired is out of scope")
  void consentOutOfScope() {
    String patient = newPatient();
    Consent consent = consent(patient, "共同研究機関C");
    assertThatThrownBy(() -> file(nurse, onConsent("製薬会社D", patient, consent.getId())))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.consentScope");
    assertThatThrownBy(() -> file(nurse, onConsent("共同研究機関C", newPatient(), consent.getId())))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.consentScope");
    Consent expired = consents.record(new ConsentForm(patient, null, "検査結果", "共同研究機関C",
        LocalDate.now(clock).minusYears(2), LocalDate.now(clock).minusYears(1), null, null, false), "desk");
    assertThatThrownBy(() -> file(nurse, onConsent("共同研究機関C", patient, expired.getId())))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.consentExpired");
  }

  @Test
  @DisplayName("Keio 10: a partial withdrawal narrows the consent; it stays a basis for what remains")
  void partialWithdrawal() {
    String patient = newPatient();
    Consent consent = consent(patient, "共同研究機関E");
    consents.narrow(consent.getId(), "検査結果のみ(画像を除く)", "画像の提供は取り消す", "desk");
    assertThat(consents.find(consent.getId()).orElseThrow().getScope()).isEqualTo("検査結果のみ(画像を除く)");
    assertThat(consents.history(consent.getId())).extracting(c -> c.getKind())
        .containsExactly("GIVEN", "NARROWED");
    ProcessInstance instance = file(nurse, onConsent("共同研究機関E", patient, consent.getId()));
    assertThat(instance).isWaitingAt("Task_Confirm");
  }

  @Test
  @DisplayName("Keio 11: a minor's consent needs the legal representative, and the minor's own from the set age")
  void minor() {
    String patient = newPatient();
    LocalDate today = LocalDate.now(clock);
    LocalDate sixteen = today.minusYears(16);
    assertThatThrownBy(() -> consents.record(new ConsentForm(patient, null, "検査結果", "研究機関", today, null,
        sixteen, null, true), "desk")).isInstanceOf(ActionRefused.class)
        .hasMessage("provision.error.minorRepresentative");
    assertThatThrownBy(() -> consents.record(new ConsentForm(patient, null, "検査結果", "研究機関", today, null,
        sixteen, "母 花子", false), "desk")).isInstanceOf(ActionRefused.class)
        .hasMessage("provision.error.minorOwnConsent");
    Consent both = consents.record(new ConsentForm(patient, null, "検査結果", "研究機関", today, null, sixteen,
        "母 花子", true), "desk");
    assertThat(both.isMinor()).isTrue();
    Consent child = consents.record(new ConsentForm(patient, null, "検査結果", "研究機関", today, null,
        today.minusYears(10), "父 一郎", false), "desk");
    assertThat(child.isMinor()).isTrue();
    assertThat(child.isOwnConsent()).isFalse();
    Consent adult = consents.record(new ConsentForm(patient, null, "検査結果", "研究機関", today, null,
        today.minusYears(30), null, false), "desk");
    assertThat(adult.isMinor()).isFalse();
  }

  @Test
  @DisplayName("第26条3: an exception (warrant) is approved by the corporate officer with measures, then confirmed")
  void exceptionApproved() {
    String patient = newPatient();
    ProcessInstance instance = file(nurse, underException("警視庁渋谷警察署", patient, "warrant"));
    assertThat(instance).isWaitingAt("Task_Approve").task().hasCandidateGroup("corporate-officer");

    assertThatThrownBy(() -> complete(officer, task(instance), Map.of("approvalDecision", "approve",
        "approvalReason", "令状を確認"), "approve", "令状を確認")).isInstanceOf(ActionRefused.class)
        .hasMessage("provision.error.measuresRequired");
    complete(officer, task(instance), Map.of("approvalDecision", "approve", "measures",
        "令状記載の範囲に限定し手渡しで提供", "approvalReason", "令状を確認"), "approve", "令状を確認");
    assertThat(instance).isWaitingAt("Task_Confirm");
    confirm(instance);

    ProvisionRecord record = records.ofCase(instance.getBusinessKey()).orElseThrow();
    assertThat(record.getBasis()).isEqualTo(Basis.EXCEPTION);
    assertThat(record.getExceptionGround()).isEqualTo(ExceptionGround.WARRANT);
    assertThat(record.getApprovedBy()).isEqualTo("hq-officer");
    assertThat(record.getMeasures()).isEqualTo("令状記載の範囲に限定し手渡しで提供");
    assertThat(decisions(instance)).containsExactly("hq-officer:decision=approve",
        "records-manager:decision=confirm");
  }

  @Test
  @DisplayName("第26条3: an exception the corporate officer does not approve is not provided and not recorded")
  void exceptionRefused() {
    String patient = newPatient();
    ProcessInstance instance = file(nurse, underException("市保健所", patient, "publicHealth"));
    complete(officer, task(instance), Map.of("approvalDecision", "refuse", "approvalReason", "必要性が示されていない"),
        "refuse", "必要性が示されていない");
    runAsync(instance);
    assertThat(instance).isEnded().hasPassed("End_Refused");
    assertThat(records.ofPatient(patient)).isEmpty();
  }

  @Test
  @DisplayName("第26条3, four-eyes: the filer never approves the exception, nor confirms the provision")
  void filerNeverDecides() {
    StaffPrincipal dual = dualRoleUser("tp-dual-role", "handler", "corporate-officer", "information-manager");
    ProcessInstance instance = file(dual, underException("児童相談所", newPatient(), "publicHealth"));
    assertThatThrownBy(() -> complete(dual, task(instance), Map.of("approvalDecision", "approve", "measures", "x",
        "approvalReason", "自分で承認"), "approve", null)).isInstanceOf(ActionRefused.class)
        .hasMessage("task.error.fourEyes");
    complete(officer, task(instance), Map.of("approvalDecision", "approve", "measures", "必要最小限",
        "approvalReason", "児童福祉法に基づく要請"), "approve", null);
    assertThatThrownBy(() -> complete(dual, task(instance), Map.of("confirmDecision", "confirm"), "confirm", null))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    assertThat(instance).isWaitingAt("Task_Confirm");
  }

  @Test
  @DisplayName("000 *1-*3: an objection to a listed purpose is shown to the deciders and refuses that purpose")
  void objection() {
    String patient = newPatient();
    objections.record(patient, ObjectionKind.FAMILY, "家族への説明は本人のみに", "desk");
    assertThatThrownBy(() -> file(nurse, withinPurpose("患者の家族", patient, "ART17-2-HO")))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.objected");
    ProcessInstance instance = file(nurse, withinPurpose("東京保険組合", patient, "ART17-2-CHI"));
    assertThat((String) runtimeService.getVariable(instance.getId(), "patientObjections"))
        .contains(patient).contains("家族等への病状説明を望まない");
  }

  @Test
  @DisplayName("001 次世代医療基盤法: the opt-out stops what was provided (deletion asked) and refuses new provisions")
  void optOut() {
    String patient = newPatient();
    Map<String, Object> toProducer = withinPurpose("認定作成事業者X", patient, "ART17-2-WO");
    toProducer.put("recipientKind", "certifiedProducer");
    ProcessInstance instance = file(nurse, toProducer);
    confirm(instance);
    assertThat(records.ofPatient(patient)).singleElement().satisfies(r -> assertThat(r.isStopped()).isFalse());

    long unread = notifications.unreadCount("records-manager");
    objections.record(patient, ObjectionKind.NEXT_GEN_OPT_OUT, "提供停止の求め", "desk");

    assertThat(records.ofPatient(patient)).singleElement().satisfies(r -> {
      assertThat(r.isStopped()).isTrue();
      assertThat(r.isDeletionRequested()).isTrue();
      assertThat(r.getStoppedBy()).isEqualTo("desk");
    });
    assertThat(notifications.unreadCount("records-manager")).isEqualTo(unread + 1);
    assertThatThrownBy(() -> file(nurse, toProducer)).isInstanceOf(ActionRefused.class)
        .hasMessage("provision.error.optedOut");
  }

  @Test
  @DisplayName("Keio 25, 第29条2: the patient's stop finds the provisions from the records and stops them")
  void stopAskedByThePatient() {
    String patient = newPatient();
    String other = newPatient();
    ProcessInstance first = file(nurse, withinPurpose("東京保険組合", patient + "," + other, "ART17-2-CHI"));
    confirm(first);
    ProcessInstance second = file(nurse, withinPurpose("他院B", patient, "ART17-2-RO"));
    confirm(second);

    assertThat(records.stopFor(patient, null, "desk", "第26条に違反する提供との申出、調査の結果停止")).hasSize(2);

    assertThat(records.ofPatient(patient)).allSatisfy(r -> {
      assertThat(r.isStopped()).isTrue();
      assertThat(r.getStoppedBy()).isEqualTo("desk");
      assertThat(r.getStopReason()).contains("停止");
    });
    assertThat(records.stopFor(patient, null, "desk", "二度目")).isEmpty();
  }

  @Test
  @DisplayName("個人情報保護法第29条: one record per provision, even when the recording runs again")
  void recordOnce() {
    String patient = newPatient();
    ProcessInstance instance = file(nurse, withinPurpose("東京保険組合", patient, "ART17-2-CHI"));
    complete(recordsManager, task(instance, "Task_Confirm"), Map.of("confirmDecision", "confirm"), "confirm", null);
    runJob(instance, "Task_Record");
    assertThat(instance).isEnded();
    ProvisionRecord first = records.ofCase(instance.getBusinessKey()).orElseThrow();

    // a retry of the recording (the job ran again after writing) finds the record it wrote
    ProvisionRecord again = records.record(instance.getBusinessKey(), new ProvisionRequest("東京保険組合", "insurer",
        java.util.List.of(patient), "x", null, "x", Basis.PURPOSE, "ART17-2-CHI", null, null, null, "nurse"), null,
        "records-manager");
    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(records.ofPatient(patient)).singleElement().extracting(ProvisionRecord::getId)
        .isEqualTo(first.getId());
  }
}
