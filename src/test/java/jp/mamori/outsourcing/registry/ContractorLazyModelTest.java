package jp.mamori.outsourcing.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.LazyPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contractor list's sorting, paged in the database: the status column sorts by the contractor's standing (the
 * order {@link ContractorStatus} declares, the strongest first), not by the spelling of its code; rows of one status
 * by name, then id. The tests share the database, so each makes its own contractors under a name prefix of its own
 * and reads the list through the name filter.
 */
class ContractorLazyModelTest extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired Contractors contractors;
  @Autowired ContractorRepository repository;

  private String prefix;

  @BeforeEach
  void prefix() {
    prefix = "状態順社 " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSS")) + "-"
        + SEQUENCE.incrementAndGet() + " ";
  }

  @Test
  @DisplayName("状態の列で並べると、コードの綴りではなく委託先の立場の順（契約中が先、委託中止が後）に並び、ページを跨いでも崩れない")
  void theStatusColumnSortsByStandingAcrossPages() {
    // made out of order, and the two under contract with the later name first, so neither id nor code gives the order
    contractor("F", ContractorStatus.WITHDRAWN);
    contractor("B", ContractorStatus.ACTIVE);
    contractor("C", ContractorStatus.REFUSED);
    contractor("D", ContractorStatus.UNDER_REVIEW);
    contractor("A", ContractorStatus.ACTIVE);
    contractor("E", ContractorStatus.TERMINATED);
    contractor("G", ContractorStatus.SUSPENDED);
    ContractorLazyModel model = new ContractorLazyModel(contractors, () -> prefix, true);

    assertThat(model.count(Map.of())).isEqualTo(7);
    assertThat(allPages(model, "status", SortOrder.ASCENDING)).containsExactly(
        "A ACTIVE", "B ACTIVE", "G SUSPENDED", "D UNDER_REVIEW", "E TERMINATED", "C REFUSED", "F WITHDRAWN");
    assertThat(allPages(model, "status", SortOrder.DESCENDING)).containsExactly(
        "F WITHDRAWN", "C REFUSED", "E TERMINATED", "D UNDER_REVIEW", "G SUSPENDED", "A ACTIVE", "B ACTIVE");
  }

  @Test
  @DisplayName("状態の順は委託先の立場を決める列挙の順と同じ")
  void theStandingIsTheEnumsOrder() {
    for (ContractorStatus status : ContractorStatus.values()) {
      contractor(status.name(), status);
    }
    ContractorLazyModel model = new ContractorLazyModel(contractors, () -> prefix, true);

    assertThat(allPages(model, "status", SortOrder.ASCENDING)).containsExactly(
        Arrays.stream(ContractorStatus.values()).map(s -> s.name() + " " + s.name()).toArray(String[]::new));
  }

  @Test
  @DisplayName("名前で並べられ、知らない列での並べ替えは受け付けず名前順のまま")
  void sortsByNameAndRefusesUnknownColumns() {
    contractor("B", ContractorStatus.ACTIVE);
    contractor("C", ContractorStatus.WITHDRAWN);
    contractor("A", ContractorStatus.SUSPENDED);
    ContractorLazyModel model = new ContractorLazyModel(contractors, () -> prefix, true);

    assertThat(allPages(model, "name", SortOrder.DESCENDING)).containsExactly("C WITHDRAWN", "B ACTIVE", "A SUSPENDED");
    assertThat(allPages(model, "address", SortOrder.DESCENDING))
        .containsExactly("A SUSPENDED", "B ACTIVE", "C WITHDRAWN");
    assertThat(allPages(model, "status desc, name", SortOrder.DESCENDING))
        .containsExactly("A SUSPENDED", "B ACTIVE", "C WITHDRAWN");
    assertThat(allPages(model, null, SortOrder.UNSORTED)).containsExactly("A SUSPENDED", "B ACTIVE", "C WITHDRAWN");
  }

  private void contractor(String suffix, ContractorStatus status) {
    Instant now = Instant.now();
    Contractor contractor = new Contractor(prefix + suffix, now);
    contractor.status(status, now);
    repository.save(contractor);
  }

  /** Every row over pages of two: "suffix STATUS" per row. */
  private List<String> allPages(ContractorLazyModel model, String field, SortOrder order) {
    return LazyPages.all(model, field, order, 2).stream()
        .map(c -> c.getName().substring(prefix.length()) + " " + c.getStatus()).toList();
  }
}
