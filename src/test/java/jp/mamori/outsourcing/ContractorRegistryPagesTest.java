package jp.mamori.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.dashboard.Dashboard;
import jp.mamori.dashboard.DashboardReading;
import jp.mamori.outsourcing.registry.CheckDue;
import jp.mamori.outsourcing.registry.Contractors;
import jp.mamori.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry pages (第25条): the list and a contractor's detail for the managers and executives, refused on every
 * path the Faces servlet answers to for everyone else; and the dashboard's {@link Contractors#checksDue()}.
 */
class ContractorRegistryPagesTest extends OutsourcingTestBase {

  @Autowired Dashboard dashboard;

  @Test
  void managersAndExecutivesReadTheRegistryOthersAreRefused() {
    String name = uniqueName("台帳表示社");
    String key = concludedContract(name, LocalDate.now(clock).minusYears(1).plusDays(5), null);
    Long contractorId = contractors.ofCase(key).getContractorId();

    for (String user : List.of("director", "privacy-lead", "records-manager", "exec")) {
      WebSession session = WebSession.loggedIn(baseUrl(), user, "demo");
      HttpResponse<String> list = session.get("/contractors.xhtml");
      assertThat(list.statusCode()).as("list as %s", user).isEqualTo(200);
      assertThat(list.body()).as("checks due as %s", user).contains(key);
      HttpResponse<String> detail = session.get("/contractor.xhtml?id=" + contractorId);
      assertThat(detail.statusCode()).as("detail as %s", user).isEqualTo(200);
      assertThat(detail.body()).contains(name, key, "岡田 修", "木村 恵");
    }
    for (String user : List.of("nurse", "desk", "modeler")) {
      WebSession session = WebSession.loggedIn(baseUrl(), user, "demo");
      assertThat(session.get("/contractors.xhtml").statusCode()).as("list as %s", user).isEqualTo(403);
      assertThat(session.get("/contractor.xhtml?id=" + contractorId).statusCode()).as("detail as %s", user)
          .isEqualTo(403);
      assertThat(session.get("/faces/contractor.xhtml?id=" + contractorId).statusCode()).isEqualTo(403);
      assertThat(session.get("/contractor.jsf?id=" + contractorId).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void anUnknownContractorIdShowsAMessageNotAnError() {
    WebSession session = WebSession.loggedIn(baseUrl(), "director", "demo");
    HttpResponse<String> page = session.get("/contractor.xhtml?id=999999999");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("この委託先は見つかりません");
  }

  @Test
  void theDashboardCountsChecksDueAndOverdueAndListsThem() {
    long dueBefore = DashboardReading.figure(dashboard, "contractorChecks.due");
    long overdueBefore = DashboardReading.figure(dashboard, "contractorChecks.overdue");
    String soon = concludedContract(uniqueName("表示間近社"), LocalDate.now(clock).minusYears(1).plusDays(20), null);
    String overdue = concludedContract(uniqueName("表示超過社"), LocalDate.now(clock).minusYears(1).minusDays(30),
        null);

    assertThat(DashboardReading.figure(dashboard, "contractorChecks.due")).isEqualTo(dueBefore + 1);
    assertThat(DashboardReading.figure(dashboard, "contractorChecks.overdue")).isEqualTo(overdueBefore + 1);
    assertThat(DashboardReading.rowsBehind(dashboard, "contractorChecks.due")).extracting(row -> row.get("contract"))
        .contains(soon).doesNotContain(overdue);
    assertThat(DashboardReading.rowsBehind(dashboard, "contractorChecks.overdue"))
        .extracting(row -> row.get("contract")).contains(overdue).doesNotContain(soon);
  }

  @Test
  void checksDueListsOnlyContractsInForceWithinTheHorizonSoonestFirst() {
    String soon = concludedContract(uniqueName("間近社"), LocalDate.now(clock).minusYears(1).plusDays(20), null);
    String later = concludedContract(uniqueName("先の社"), LocalDate.now(clock).minusYears(1).plusDays(60), null);
    String overdue = concludedContract(uniqueName("超過社"), LocalDate.now(clock).minusYears(1).minusDays(30),
        null);

    List<CheckDue> due = contractors.checksDue();
    assertThat(due).extracting(CheckDue::contractKey).contains(soon, overdue).doesNotContain(later);
    assertThat(due).extracting(CheckDue::dueOn).isSorted();
    assertThat(due).filteredOn(d -> d.contractKey().equals(overdue)).singleElement()
        .satisfies(d -> assertThat(d.overdue()).isTrue());
    assertThat(due).filteredOn(d -> d.contractKey().equals(soon)).singleElement()
        .satisfies(d -> assertThat(d.dueOn()).isEqualTo(contractors.ofCase(soon).getNextCheckDue()));
  }
}
