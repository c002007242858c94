package jp.mamori.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.dashboard.Dashboard;
import jp.mamori.dashboard.DashboardReading;
import jp.mamori.provision.registry.Consent;
import jp.mamori.provision.registry.ReceiptForm;
import jp.mamori.provision.registry.ReceiptRecord;
import jp.mamori.testing.WebSession;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records page and its CSV (APPI 29-30条) for the managers, the officer and the desk, refused on every path for
 * others; the desk's page; the receipts; the dashboard section (provisions by basis, exceptions approved, consents
 * withdrawn) without patient numbers.
 */
class ProvisionPagesTest extends ProvisionTestBase {

  @Autowired Dashboard dashboard;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("APPI 29条: the records and their CSV for the record readers; others are refused on every path")
  void recordsPageRights() {
    String patient = newPatient();
    ProcessInstance instance = file(nurse, withinPurpose("頁表示保険組合", patient, "ART17-2-CHI"));
    confirm(instance);

    for (String user : List.of("records-manager", "hq-officer", "desk", "privacy-lead", "director")) {
      WebSession session = WebSession.loggedIn(baseUrl(), user, "demo");
      HttpResponse<String> page = session.get("/provisions.xhtml");
      assertThat(page.statusCode()).as("records as %s", user).isEqualTo(200);
      assertThat(page.body()).as("records as %s", user).contains(instance.getBusinessKey());
      HttpResponse<String> csv = session.get("/provisions/export.csv?q=" + patient);
      assertThat(csv.statusCode()).as("csv as %s", user).isEqualTo(200);
      assertThat(csv.body()).contains(instance.getBusinessKey(), patient, "頁表示保険組合", "利用目的の範囲内");
    }
    for (String user : List.of("nurse", "exec", "modeler")) {
      WebSession session = WebSession.loggedIn(baseUrl(), user, "demo");
      assertThat(session.get("/provisions.xhtml").statusCode()).as("records as %s", user).isEqualTo(403);
      assertThat(session.get("/faces/provisions.xhtml").statusCode()).isEqualTo(403);
      assertThat(session.get("/provisions.jsf").statusCode()).isEqualTo(403);
      assertThat(session.get("/provisions/export.csv").statusCode()).as("csv as %s", user).isEqualTo(403);
    }
    for (String user : List.of("exec", "modeler")) {
      WebSession session = WebSession.loggedIn(baseUrl(), user, "demo");
      assertThat(session.get("/consents.xhtml").statusCode()).as("desk page as %s", user).isEqualTo(403);
    }
    assertThat(WebSession.loggedIn(baseUrl(), "nurse", "demo").get("/consents.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("APPI 30条: a receipt records the provider and how they obtained the data, kept three years; shown, it is in the access log")
  void receipt() {
    String patient = newPatient();
    LocalDate today = LocalDate.now(clock);
    ReceiptRecord receipt = records.recordReceipt(new ReceiptForm(today, "紹介元クリニック", "東京都新宿区1-1 院長 山本",
        "自院の診療で取得", patient, "紹介状、検査結果"), "records-manager");
    assertThat(receipt.getRetainUntil()).isEqualTo(today.plusYears(3));
    assertThat(records.searchReceipts(patient, PageRequest.of(0, 20))).extracting(ReceiptRecord::getId)
        .containsExactly(receipt.getId());
    // the page shows the newest receipts first, each one in the access log of patient data under its own number
    assertThat(WebSession.loggedIn(baseUrl(), "desk", "demo").get("/provisions.xhtml").body()).contains(patient);
    assertThat(jdbc.queryForObject("select count(*) from patient_data_access where user_id = 'desk' and case_key = ?",
        Long.class, "RCPT-" + receipt.getId())).isEqualTo(1);
    assertThatThrownBy(() -> records.recordReceipt(new ReceiptForm(today, "紹介元", null, null, patient, "x"), "desk"))
        .isInstanceOf(ActionRefused.class).hasMessage("provision.error.receiptIncomplete");
  }

  @Test
  @DisplayName("第26条3・4: the dashboard counts provisions by basis, exceptions approved and consents withdrawn")
  void dashboard() {
    long purpose = DashboardReading.figure(dashboard, "provisions.PURPOSE");
    long approved = DashboardReading.figure(dashboard, "provisions.approved");
    long withdrawn = DashboardReading.figure(dashboard, "provisions.withdrawn");
    String patient = newPatient();

    confirm(file(nurse, withinPurpose("集計保険組合", patient, "ART17-2-CHI")));
    ProcessInstance warrant = file(nurse, underException("集計警察署", patient, "warrant"));
    complete(officer, task(warrant), java.util.Map.of("approvalDecision", "approve", "measures", "限定",
        "approvalReason", "令状"), "approve", null);
    confirm(warrant);
    Consent consent = consent(patient, "集計研究機関");
    consents.withdraw(consent.getId(), "撤回", "desk");

    assertThat(DashboardReading.figure(dashboard, "provisions.PURPOSE")).isEqualTo(purpose + 1);
    assertThat(DashboardReading.figure(dashboard, "provisions.approved")).isEqualTo(approved + 1);
    assertThat(DashboardReading.figure(dashboard, "provisions.withdrawn")).isEqualTo(withdrawn + 1);
    assertThat(DashboardReading.rowsBehind(dashboard, "provisions.approved")).extracting(r -> r.get("case"))
        .contains(warrant.getBusinessKey());
    assertThat(DashboardReading.rowsBehind(dashboard, "provisions.approved").toString()).doesNotContain(patient);
    assertThat(DashboardReading.rowsBehind(dashboard, "provisions.withdrawn").toString()).doesNotContain(patient);
  }
}
