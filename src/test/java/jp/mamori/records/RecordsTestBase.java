package jp.mamori.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.outsourcing.registry.ContractorRepository;
import jp.mamori.outsourcing.registry.RegisteredContractors;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;

/** What the records tests share: entries whose retention ended, a registered contractor, a dual-role user. */
abstract class RecordsTestBase extends ProcessTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired Ledger ledger;
  @Autowired ContractorRepository contractorRepository;

  static String unique(String base) {
    return base + " " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSS")) + "-"
        + SEQUENCE.incrementAndGet();
  }

  /** An active entry of the records manager whose five years from creation ended yesterday. */
  LedgerEntry expiredEntry(String title, DisposalMethod method) {
    LocalDate created = LocalDate.now(clock).minusYears(5).minusDays(1);
    return ledger.add(unique(title), "MEDICAL_AFFAIRS", e -> e.keeping("医事課 書庫", "lockedCabinet",
        Retention.years(5, RetentionEvent.CREATED, created), method));
  }

  String registeredContractor() {
    return RegisteredContractors.create(contractorRepository, unique("株式会社 機密文書処理")).getName();
  }

  /** A user with a password who holds several roles (four-eyes over REST needs a login). */
  StaffPrincipal dualUser(String id, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setLastName("兼務");
      user.setFirstName("管理者");
      user.setPassword("demo");
      identityService.saveUser(user);
      for (String group : groups) {
        identityService.createMembership(id, group);
      }
    }
    return user(id);
  }
}
