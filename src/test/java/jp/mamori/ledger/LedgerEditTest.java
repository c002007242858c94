package jp.mamori.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.WebSession;
import jp.mamori.trail.AuditEntryRepository;
import jp.mamori.web.ActionRefused;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第5条・第21–24条: the supervising manager decides an entry's manager, storage, retention and disposal method;
 * what must stay, the structured retention, and the record. (An information manager's proposal is a ledgerChange
 * case: records.LedgerChangeProcessTest.)
 */
class LedgerEditTest extends IntegrationTest {

  @Autowired Ledger ledger;
  @Autowired StaffDirectory staff;
  @Autowired AuditEntryRepository trail;

  @Test
  @DisplayName("第5条・第23条: the supervising manager decides storage and a retention of years from an event, recorded")
  void theSupervisingManagerDecidesStorageAndRetentionAndTheChangeIsRecorded() {
    LedgerEntry entry = newEntry("診療情報提供書の写し");
    LocalDate lastVisit = LocalDate.of(2024, 3, 31);
    LedgerEdit edit = new LedgerEdit("records-manager", "氏名、紹介先", "紹介患者", "医事課 書庫 棚C-1",
        "lockedCabinet", Retention.years(5, RetentionEvent.LAST_VISIT, lastVisit), DisposalMethod.DISSOLVING,
        "書庫の移転(第21条)");

    ledger.edit(Staff.of(staff, "privacy-lead"), entry.getId(), edit);

    LedgerEntry saved = ledger.entry(entry.getId()).orElseThrow();
    assertThat(saved.getStoragePlace()).isEqualTo("医事課 書庫 棚C-1");
    assertThat(saved.getDisposalMethod()).isEqualTo(DisposalMethod.DISSOLVING);
    assertThat(saved.getRetainUntil()).isEqualTo(LocalDate.of(2029, 3, 31));
    assertThat(saved.getStatus()).isEqualTo(LedgerStatus.ACTIVE);
    assertThat(trail.findByActorAndActionOrderByOccurredAtDesc("privacy-lead", "LEDGER_UPDATED"))
        .first().satisfies(e -> {
          assertThat(e.getReason()).isEqualTo("書庫の移転(第21条)");
          assertThat(e.getDetail()).contains("棚C-1");
        });
  }

  @Test
  @DisplayName("第5条: the information manager and other staff cannot decide directly; the supervising manager can")
  void onlyTheSupervisingManagerDecides() {
    LedgerEntry entry = newEntry("外来予約票");
    assertThatThrownBy(() -> ledger.edit(Staff.of(staff, "nurse"), entry.getId(), valid()))
        .isInstanceOf(ActionRefused.class).hasMessage("ledger.error.notAllowed");
    assertThatThrownBy(() -> ledger.edit(Staff.of(staff, "records-manager"), entry.getId(), valid()))
        .isInstanceOf(ActionRefused.class).hasMessage("ledger.error.notAllowed");
    ledger.edit(Staff.of(staff, "privacy-lead"), entry.getId(), valid());
  }

  @Test
  @DisplayName("第5条・第23–24条: the manager holds the role; storage, retention, disposal method and a reason are required")
  void theManagerMustHoldTheRoleAndEverythingIsRequired() {
    LedgerEntry entry = newEntry("検査依頼書");
    var lead = Staff.of(staff, "privacy-lead");
    Retention five = Retention.years(5, RetentionEvent.CREATED, LocalDate.now());
    assertThatThrownBy(() -> ledger.edit(lead, entry.getId(), new LedgerEdit("nurse", null, null, "棚", null,
        five, DisposalMethod.SHREDDING, "理由"))).hasMessage("ledger.error.manager");
    assertThatThrownBy(() -> ledger.edit(lead, entry.getId(), new LedgerEdit("records-manager", null, null,
        " ", null, five, DisposalMethod.SHREDDING, "理由"))).hasMessage("ledger.error.required");
    assertThatThrownBy(() -> ledger.edit(lead, entry.getId(), new LedgerEdit("records-manager", null, null,
        "棚", null, five, null, "理由"))).hasMessage("ledger.error.disposalMethod");
    assertThatThrownBy(() -> ledger.edit(lead, entry.getId(), new LedgerEdit("records-manager", null, null,
        "棚", null, Retention.permanent(" "), DisposalMethod.SHREDDING, "理由")))
        .hasMessage("ledger.error.retentionGround");
    assertThatThrownBy(() -> ledger.edit(lead, entry.getId(), new LedgerEdit("records-manager", null, null,
        "棚", null, new Retention(0, RetentionEvent.CREATED, LocalDate.now(), false, null),
        DisposalMethod.SHREDDING, "理由"))).hasMessage("ledger.error.retention");
    assertThatThrownBy(() -> ledger.edit(lead, entry.getId(), new LedgerEdit("records-manager", null, null,
        "棚", null, five, DisposalMethod.SHREDDING, ""))).hasMessage("ledger.error.reason");
    assertThat(ledger.entry(entry.getId()).orElseThrow().getStoragePlace()).isEqualTo("看護部 棚A");
  }

  @Test
  @DisplayName("第23条: a permanent retention has its ground and no end; 第24条: no disposal method, no active entry")
  void permanentRetentionAndDraftUntilADisposalMethodIsDecided() {
    LedgerEntry draft = ledger.add("手術記録(原本)", "NURSING",
        e -> e.keeping("看護部 棚A", "lockedCabinet", Retention.permanent("病院の方針(医療訴訟への備え)"), null));
    assertThat(draft.getStatus()).isEqualTo(LedgerStatus.DRAFT);
    assertThat(draft.getRetainUntil()).isNull();
    ledger.edit(Staff.of(staff, "privacy-lead"), draft.getId(), new LedgerEdit("records-manager", null, null,
        "看護部 棚A", null, draft.getRetention(), DisposalMethod.PHYSICAL_DESTRUCTION, "廃棄方法の決定"));
    LedgerEntry active = ledger.entry(draft.getId()).orElseThrow();
    assertThat(active.getStatus()).isEqualTo(LedgerStatus.ACTIVE);
    assertThat(active.getRetention().label(java.util.Locale.JAPANESE)).contains("永年保存", "医療訴訟");
  }

  @Test
  @DisplayName("第23条: the old free text becomes a structured retention (5年: five years from creation)")
  void theOldTextIsReadAsAStructuredRetention() {
    LocalDate day = LocalDate.of(2026, 4, 1);
    assertThat(Retention.fromText("5年", day)).isEqualTo(Retention.years(5, RetentionEvent.CREATED, day));
    assertThat(Retention.fromText("保存期間 10 年", day).until()).isEqualTo(LocalDate.of(2036, 4, 1));
    assertThat(Retention.fromText("永年保存", day).permanent()).isTrue();
    assertThat(Retention.fromText("退職まで", day)).isNull();
  }

  @Test
  void theEntryPageShowsTheDecisionToTheSupervisingManagerAndTheProposalToTheInformationManager() {
    LedgerEntry entry = newEntry("ページ確認");
    String page = "/ledger-entry.xhtml?id=" + entry.getId();
    assertThat(WebSession.loggedIn(baseUrl(), "privacy-lead", "demo").get(page).body())
        .contains("entryForm:save").doesNotContain("entryForm:propose");
    assertThat(WebSession.loggedIn(baseUrl(), "records-manager", "demo").get(page).body())
        .contains("entryForm:propose").doesNotContain("entryForm:save");
    assertThat(WebSession.loggedIn(baseUrl(), "nurse", "demo").get(page).body())
        .contains("看護部 棚A").doesNotContain("entryForm:save").doesNotContain("entryForm:propose");
  }

  private LedgerEntry newEntry(String title) {
    return ledger.add(title, "NURSING", e -> e.keeping("看護部 棚A", "lockedCabinet",
        Retention.years(3, RetentionEvent.CREATED, LocalDate.now()), DisposalMethod.SHREDDING));
  }

  private static LedgerEdit valid() {
    return new LedgerEdit("records-manager", null, null, "看護部 棚B", "lockedCabinet",
        Retention.years(3, RetentionEvent.CREATED, LocalDate.now()), DisposalMethod.SHREDDING, "棚の変更");
  }
}
