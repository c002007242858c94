package jp.mamori.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerRepository;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.purpose.registry.Purpose;
import jp.mamori.purpose.registry.PurposeCategory;
import jp.mamori.purpose.registry.PurposeFiling;
import jp.mamori.purpose.registry.PurposeRegistry;
import jp.mamori.purpose.registry.PurposeRepository;
import jp.mamori.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rows written by a plain insert ({@link NewRow}) read back through the repositories exactly as they were written:
 * every column of a ledger entry (第22条) and of a filed purpose (第17条), instants as instants in any JVM zone.
 */
class NewRowTest extends IntegrationTest {

  /** The columns hold microseconds. */
  private static final Comparator<Instant> TO_THE_MICROSECOND =
      Comparator.comparing(instant -> instant.truncatedTo(ChronoUnit.MICROS));

  @Autowired Ledger ledger;
  @Autowired LedgerRepository entries;
  @Autowired PurposeRegistry registry;
  @Autowired PurposeRepository purposes;

  @Test
  @DisplayName("第22条: 台帳の新しい記載は、保存期間・起算日・廃棄方法を含むすべての欄が書いたとおりに読み戻される")
  void aLedgerEntryReadsBackAsWritten() {
    LedgerEntry active = ledger.add("外来予約記録", "NURSING", entry -> entry
        .content("氏名、予約日時", "外来患者", "本人から", "病歴")
        .keeping("看護部 施錠キャビネット", "paper",
            Retention.years(5, RetentionEvent.LAST_VISIT, LocalDate.of(2026, 4, 1)), DisposalMethod.DISSOLVING)
        .forPurpose(null, "NP-ROW-" + UUID.randomUUID()));
    LedgerEntry permanent = ledger.add("医療訴訟の記録", "NURSING", entry -> entry
        .keeping("事務部 書庫", "paper", Retention.permanent("医療訴訟に備える"), null));

    for (LedgerEntry written : List.of(active, permanent)) {
      assertThat(entries.findById(written.getId())).get().usingRecursiveComparison()
          .withComparatorForType(TO_THE_MICROSECOND, Instant.class).isEqualTo(written);
    }
    assertThat(active.getRetainUntil()).isEqualTo(LocalDate.of(2031, 4, 1));
    assertThat(permanent.getRetention().permanent()).isTrue();
  }

  @Test
  @DisplayName("第17条: 届け出た利用目的は、区分・状態・届出者・届出日時が書いたとおりに読み戻される")
  void aFiledPurposeReadsBackAsWritten() {
    String caseKey = "NP-ROW-" + UUID.randomUUID().toString().substring(0, 8);
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS); // the app's clock ticks in milliseconds

    Purpose filed = registry.file(caseKey, "nurse", new PurposeFiling("院内掲示による案内", "Notices in the hospital",
        PurposeCategory.IN_HOSPITAL, "NURSING", "案内記録", "氏名", "患者", List.of(), "看護部", "paper", "5年",
        List.of(), false, null, "allowed"));

    assertThat(purposes.findByCaseKey(caseKey)).get().usingRecursiveComparison()
        .withComparatorForType(TO_THE_MICROSECOND, Instant.class).isEqualTo(filed);
    assertThat(filed.getFiledAt()).isAfterOrEqualTo(before);
    assertThat(filed.getTextEn()).isEqualTo("Notices in the hospital");
  }
}
