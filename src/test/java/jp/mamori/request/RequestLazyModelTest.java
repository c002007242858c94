package jp.mamori.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import jp.mamori.request.RequesterType.SeenDocument;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.LazyPages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requests register (第27条–第29条), paged in the database: 種別 sorts in the articles' order and 状況 in the
 * procedure's (the open ones first), not by the spelling of the stored codes; rows of one value by due date. The tests
 * share the database, so each checks the order of every row listed and the place of its own requests among them.
 */
class RequestLazyModelTest extends IntegrationTest {

  private static final Instant DUE = Instant.parse("2099-01-01T00:00:00Z");

  @Autowired PatientRequestRepository repository;

  private final String mark = UUID.randomUUID().toString().substring(0, 8);

  @Test
  @DisplayName("第27条 請求の台帳を状況で並べると、コードの綴りではなく手続の順（意思確認、調査、決定…、不服申立て、回答済み…）に並び、ページを跨いでも崩れない")
  void theStatusColumnSortsInTheProceduresOrder() {
    request("1", RequestKind.DISCLOSURE, RequestStatus.WITHDRAWN, 0);
    request("2", RequestKind.DISCLOSURE, RequestStatus.APPEALED, 0);
    request("3", RequestKind.DISCLOSURE, RequestStatus.ANSWERED, 0);
    request("4", RequestKind.DISCLOSURE, RequestStatus.CONFIRMING, 2);
    request("5", RequestKind.DISCLOSURE, RequestStatus.AWAITING_PAYMENT, 0);
    request("6", RequestKind.DISCLOSURE, RequestStatus.CONFIRMING, 1);
    RequestLazyModel model = new RequestLazyModel(repository, () -> false, true);

    List<PatientRequest> ascending = allPages(model, "status", SortOrder.ASCENDING);
    assertThat(ascending).extracting(PatientRequest::getStatus).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(mine(ascending)).containsExactly("6", "4", "5", "2", "3", "1");
    List<PatientRequest> descending = allPages(model, "status", SortOrder.DESCENDING);
    assertThat(descending).extracting(PatientRequest::getStatus)
        .isSortedAccordingTo(Comparator.<RequestStatus>naturalOrder().reversed());
    assertThat(mine(descending)).containsExactly("1", "3", "2", "5", "6", "4");
  }

  @Test
  @DisplayName("第29条 請求の台帳を種別で並べると条文の順（開示 第27条、訂正 第28条、利用停止 第29条1、提供停止 第29条2、利用目的の通知）に並ぶ")
  void theKindColumnSortsInTheArticlesOrder() {
    request("1", RequestKind.PURPOSES, RequestStatus.INVESTIGATING, 0);
    request("2", RequestKind.STOP_PROVISION, RequestStatus.INVESTIGATING, 0);
    request("3", RequestKind.CORRECTION, RequestStatus.INVESTIGATING, 0);
    request("4", RequestKind.SUSPENSION, RequestStatus.INVESTIGATING, 0);
    request("5", RequestKind.DISCLOSURE, RequestStatus.INVESTIGATING, 0);
    RequestLazyModel model = new RequestLazyModel(repository, () -> true, true);

    List<PatientRequest> ascending = allPages(model, "kind", SortOrder.ASCENDING);
    assertThat(ascending).extracting(PatientRequest::getKind).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(mine(ascending)).containsExactly("5", "3", "4", "2", "1");
  }

  @Test
  @DisplayName("第27条 請求の台帳は既定で期限の早い順、知らない列での並べ替えは受け付けない、見られない人には空")
  void dueFirstByDefaultUnknownColumnsRefusedNothingForOthers() {
    request("1", RequestKind.DISCLOSURE, RequestStatus.INVESTIGATING, 3);
    request("2", RequestKind.DISCLOSURE, RequestStatus.ANSWERED, 1);
    request("3", RequestKind.DISCLOSURE, RequestStatus.INVESTIGATING, 2);

    assertThat(mine(allPages(new RequestLazyModel(repository, () -> false, true), null, SortOrder.UNSORTED)))
        .containsExactly("2", "3", "1");
    assertThat(mine(allPages(new RequestLazyModel(repository, () -> true, true), "patientName", SortOrder.ASCENDING)))
        .containsExactly("3", "1");
    RequestLazyModel refused = new RequestLazyModel(repository, () -> false, false);
    assertThat(refused.count(Map.of())).isZero();
    assertThat(refused.load(0, 10, Map.of(), Map.of())).isEmpty();
  }

  /** A request of this test, due {@code days} after the far-off due date shared by the tests' rows. */
  private void request(String suffix, RequestKind kind, RequestStatus status, int days) {
    Intake intake = new Intake(kind, LocalDate.of(2026, 12, 1), "window", "P-" + mark, "並べ替え 太郎",
        LocalDate.of(1970, 1, 1), "診療録", null, null, RequesterType.PATIENT, "並べ替え 太郎", null, null,
        Set.of(SeenDocument.IDENTITY), null, List.of());
    PatientRequest request = new PatientRequest("RQ-SORT-" + mark + "-" + suffix, "pi-" + mark + suffix, intake,
        "desk", Instant.now(), DUE.plus(Duration.ofDays(days)));
    request.moveTo(status);
    repository.save(request);
  }

  /** Every row over pages of seven. */
  private static List<PatientRequest> allPages(RequestLazyModel model, String field, SortOrder order) {
    return LazyPages.all(model, field, order, 7);
  }

  /** This test's requests among the rows, by their suffix. */
  private List<String> mine(List<PatientRequest> rows) {
    String prefix = "RQ-SORT-" + mark + "-";
    Function<PatientRequest, String> suffix = r -> r.getCaseKey().substring(prefix.length());
    return rows.stream().filter(r -> r.getCaseKey().startsWith(prefix)).map(suffix).toList();
  }
}
