package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.organization.Department;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDepartment;
import jp.mamori.organization.StaffDepartmentRepository;
import jp.mamori.testing.ProcessTest;
import jp.mamori.testing.Rest;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The channels that bypass the self-check page (ADR 0011): the pledges (第20条3) and the training (第33条) of an
 * entry's department are answered from the records (people.Pledges, people.Trainings) in the annual audit (第36条).
 * A client completing the self-check with its own "conforming" for them does not override the records: the page has no
 * such field, so over /engine-rest the completion is refused (a variable not on the form, ADR 0060) and the refusal is
 * in the audit trail; through the Java API without a login (the system) the value is ignored and the attempt
 * recorded.
 */
class SelfCheckFromRecordsTest extends ProcessTest {

  /** Fiscal years of their own, apart from AnnualAuditProcessTest's. */
  private static final AtomicInteger YEARS = new AtomicInteger(5000);

  @Autowired Ledger ledger;
  @Autowired Audits audits;
  @Autowired DepartmentRepository departments;
  @Autowired StaffDepartmentRepository staffDepartments;

  LedgerEntry entry;

  /** A department whose one member of staff has neither signed the pledge nor attended a training. */
  @BeforeEach
  void anEntryOfADepartmentWithoutPledgeOrTraining() {
    long n = System.nanoTime() % 1_000_000_000L;
    String code = "FORGE" + n;
    Department department = new Department(code, "自己点検試験部" + n, "Self-check test " + n);
    department.setInformationManager("records-manager");
    departments.save(department);
    String newcomer = "forge" + n;
    dualRoleUser(newcomer, "handler");
    staffDepartments.save(new StaffDepartment(newcomer, departments.findByCode(code).orElseThrow()));
    entry = ledger.add("自己点検の試験台帳 " + n, code, e -> e.keeping("書庫", "lockedCabinet",
        Retention.years(5, RetentionEvent.CREATED, java.time.LocalDate.now()), DisposalMethod.DISSOLVING));
    ledger.assignManager(entry.getId(), "records-manager");
  }

  @Test
  @DisplayName("第20条3・第33条・第36条: /engine-rest で誓約書と研修を「適合」と送ると断られ(点検のフォームにない項目、ADR 0060)、"
      + "その試みは監査証跡に残る。フォームの項目だけで完了すると記録から不適合と答えられる")
  void forgedAnswersOverRestAreRefusedAndRecorded() {
    ProcessInstance audit = auditPlanned();
    Task check = selfCheckOf(audit);
    Rest recordsManager = Rest.as(baseUrl(), "records-manager", "demo");

    HttpResponse<String> forged = recordsManager
        .post("/task/" + check.getId() + "/complete", "{\"variables\":{" + answers("conforming", true) + "}}");

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(forged.body()).contains("case.error.notOnTheForm");
    assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).as("still open").isOne();
    assertThat(trail.ofCase(audit.getId())).filteredOn(e -> AuditTrail.REFUSED.equals(e.getAction()))
        .singleElement().satisfies(e -> {
          assertThat(e.getActor()).isEqualTo("records-manager");
          assertThat(e.getSubject()).isEqualTo("case.error.notOnTheForm");
        });

    HttpResponse<String> asTheFormAsks = recordsManager
        .post("/task/" + check.getId() + "/complete", "{\"variables\":{" + answers("conforming", false) + "}}");
    assertThat(asTheFormAsks.statusCode()).as(asTheFormAsks.body()).isEqualTo(204);
    assertAnsweredFromRecords(audit);
  }

  @Test
  @DisplayName("第20条3・第33条・第36条: Java API (TaskService) で誓約書と研修を「適合」と送っても記録の答えが残る")
  void forgedAnswersOverTheJavaApiAreIgnoredAndRecorded() {
    ProcessInstance audit = auditPlanned();
    Task check = selfCheckOf(audit);
    Map<String, Object> values = new HashMap<>();
    for (CheckItem item : CheckItem.values()) {
      values.put(item.answerField(), Answer.CONFORMING);
    }

    taskService.complete(check.getId(), values);

    assertAnsweredFromRecords(audit);
    // no login on the Java API: the task's assignee is named
    assertThat(trail.ofCase(audit.getId())).filteredOn(e -> AuditCase.ANSWER_FROM_RECORDS.equals(e.getAction()))
        .hasSize(2).allSatisfy(e -> assertThat(e.getActor()).isEqualTo("records-manager"));
  }

  @Test
  @DisplayName("第36条: 記録と同じ答えや答えのない項目は、試みとして記録しない")
  void answersAgreeingWithTheRecordsAreNotRecordedAsAttempts() {
    ProcessInstance audit = auditPlanned();
    Task check = selfCheckOf(audit);
    Map<String, Object> values = new HashMap<>();
    values.put(CheckItem.PLEDGES.answerField(), Answer.NONCONFORMING);
    for (CheckItem item : CheckItem.values()) {
      if (!item.fromRecords()) {
        values.put(item.answerField(), Answer.CONFORMING);
      }
    }

    taskService.complete(check.getId(), values);

    assertAnsweredFromRecords(audit);
    assertThat(trail.ofCase(audit.getId())).noneMatch(e -> AuditCase.ANSWER_FROM_RECORDS.equals(e.getAction()));
  }

  private ProcessInstance auditPlanned() {
    ProcessInstance audit = procedures.start(user("privacy-lead"), "annualAudit",
        Map.of("auditYear", (long) YEARS.incrementAndGet()));
    actions.complete(user("privacy-lead"), task(audit, "Task_Plan").getId(), new HashMap<>(), null, null);
    return audit;
  }

  private Task selfCheckOf(ProcessInstance audit) {
    return tasks(audit, "Task_SelfCheck").stream()
        .filter(t -> entry.getId().equals(taskService.getVariable(t.getId(), "entryId"))).findFirst().orElseThrow();
  }

  /** The answers as JSON variables; with or without those the records give (the form has no field for them). */
  private static String answers(String value, boolean alsoFromRecords) {
    StringBuilder json = new StringBuilder();
    for (CheckItem item : CheckItem.values()) {
      if (item.fromRecords() && !alsoFromRecords) {
        continue;
      }
      json.append(json.isEmpty() ? "" : ",").append('"').append(item.answerField()).append("\":{\"value\":\"")
          .append(value).append("\"}");
    }
    return json.toString();
  }

  private void assertAnsweredFromRecords(ProcessInstance audit) {
    SelfCheck answered = audits.selfCheck(audit.getBusinessKey(), entry.getId());
    assertThat(answered.isAnswered()).isTrue();
    assertThat(answered.answer(CheckItem.STORAGE).getValue()).isEqualTo(Answer.CONFORMING);
    assertThat(answered.answer(CheckItem.PLEDGES).getValue()).isEqualTo(Answer.NONCONFORMING);
    assertThat(answered.answer(CheckItem.PLEDGES).getNote()).contains("兼務 職員");
    assertThat(answered.answer(CheckItem.TRAINING).getValue()).isEqualTo(Answer.NONCONFORMING);
    assertThat(answered.answer(CheckItem.TRAINING).getNote()).contains("兼務 職員");
  }
}
