package jp.mamori.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.mamori.organization.StaffDirectory;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.WebSession;
import jp.mamori.trail.AuditEntryRepository;
import jp.mamori.web.ActionRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 第22条3: the information manager keeps the ledger entry up to date; who may, what must stay, and the record. */
class LedgerEditTest extends IntegrationTest {

  @Autowired Ledger ledger;
  @Autowired StaffDirectory staff;
  @Autowired AuditEntryRepository trail;

  @Test
  void theInformationManagerUpdatesStorageAndRetentionAndTheChangeIsRecorded() {
    LedgerEntry entry = newEntry("診療情報提供書の写し");
    LedgerEdit edit = new LedgerEdit("records-manager", "氏名、紹介先", "紹介患者", "医事課 書庫 棚C-1",
        "lockedCabinet", "5年", "溶解処理", "書庫の移転(第21条)");

    ledger.edit(Staff.of(staff, "records-manager"), entry.getId(), edit);

    LedgerEntry saved = ledger.entry(entry.getId()).orElseThrow();
    assertThat(saved.getStoragePlace()).isEqualTo("医事課 書庫 棚C-1");
    assertThat(saved.getDisposalMethod()).isEqualTo("溶解処理");
    assertThat(saved.getUpdatedAt()).isAfterOrEqualTo(saved.getCreatedAt());
    assertThat(trail.findByActorAndActionOrderByOccurredAtDesc("records-manager", "LEDGER_UPDATED"))
        .first().satisfies(e -> {
          assertThat(e.getReason()).isEqualTo("書庫の移転(第21条)");
          assertThat(e.getDetail()).contains("棚C-1");
        });
  }

  @Test
  void staffWhoDoNotKeepTheEntryCannotChangeIt() {
    LedgerEntry entry = newEntry("外来予約票");
    assertThatThrownBy(() -> ledger.edit(Staff.of(staff, "nurse"), entry.getId(), valid()))
        .isInstanceOf(ActionRefused.class).hasMessage("ledger.error.notAllowed");
    // the supervising manager may (第22条: 統括管理者又は管理者)
    ledger.edit(Staff.of(staff, "privacy-lead"), entry.getId(), valid());
  }

  @Test
  void theManagerMustHoldTheRoleAndStorageRetentionAndAReasonAreRequired() {
    LedgerEntry entry = newEntry("検査依頼書");
    var manager = Staff.of(staff, "records-manager");
    assertThatThrownBy(() -> ledger.edit(manager, entry.getId(), new LedgerEdit("nurse", null, null, "棚", null,
        "5年", null, "理由"))).hasMessage("ledger.error.manager");
    assertThatThrownBy(() -> ledger.edit(manager, entry.getId(), new LedgerEdit("records-manager", null, null,
        " ", null, "5年", null, "理由"))).hasMessage("ledger.error.required");
    assertThatThrownBy(() -> ledger.edit(manager, entry.getId(), new LedgerEdit("records-manager", null, null,
        "棚", null, "5年", null, ""))).hasMessage("ledger.error.reason");
    assertThat(ledger.entry(entry.getId()).orElseThrow().getStoragePlace()).isEqualTo("看護部 棚A");
  }

  @Test
  void theEntryPageShowsTheFormToItsManagerOnly() {
    LedgerEntry entry = newEntry("ページ確認");
    String page = "/ledger-entry.xhtml?id=" + entry.getId();
    assertThat(WebSession.loggedIn(baseUrl(), "records-manager", "demo").get(page).body())
        .contains("entryForm:save");
    assertThat(WebSession.loggedIn(baseUrl(), "nurse", "demo").get(page).body())
        .contains("看護部 棚A").doesNotContain("entryForm:save");
  }

  private LedgerEntry newEntry(String title) {
    return ledger.add(title, "NURSING", e -> e.keeping("看護部 棚A", "lockedCabinet", "3年", null));
  }

  private static LedgerEdit valid() {
    return new LedgerEdit("records-manager", null, null, "看護部 棚B", "lockedCabinet", "3年", null, "棚の変更");
  }
}
