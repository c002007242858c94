package jp.mamori.outsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import jp.mamori.outsourcing.registry.CheckDue;
import jp.mamori.outsourcing.registry.Contract;
import jp.mamori.outsourcing.registry.ContractCheck;
import jp.mamori.outsourcing.registry.ContractorDetail;
import jp.mamori.outsourcing.registry.Contractors;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Every path of processes/outsourcingPeriodicCheck.bpmn (第25条3; Keio 21-3(1)): a check opened by the contract's
 * timer on the business calendar and done on time, one left overdue (reminded, then escalated to the total
 * manager), one that finds a breach (第25条4 → outsourcingBreach), a per-contract interval, the end of a term
 * without renewal, the contract's termination; and {@link Contractors#checksDue()} for the dashboard.
 */
class OutsourcingPeriodicCheckProcessTest extends OutsourcingTestBase {

  @Test
  void aCheckOpensOnItsDayIsDoneOnTimeAndTheNextOneIsScheduled() {
    LocalDate termStart = LocalDate.now(clock).minusYears(1).plusDays(10);
    String key = concludedContract(uniqueName("定期確認社"), termStart, null);
    ProcessInstance checks = periodicCheckOf(key);
    Contract contract = contractors.ofCase(key);
    LocalDate opens = calendar.addBusinessDays(termStart.plusYears(1), 0);
    assertThat(contract.getNextCheckOpens()).isEqualTo(opens);
    assertThat(contract.getNextCheckDue()).isEqualTo(calendar.addBusinessDays(opens, settings.getCheckDays()));

    // the dashboard sees it coming (opens within 30 days), not yet overdue
    assertThat(contractors.checksDue()).filteredOn(d -> d.contractKey().equals(key)).singleElement()
        .satisfies(d -> {
          assertThat(d.dueOn()).isEqualTo(contract.getNextCheckDue());
          assertThat(d.overdue()).isFalse();
          assertThat(d.contractorName()).startsWith("定期確認社");
        });

    Job opening = job(checks, "Timer_CheckOpens");
    assertThat(LocalDate.ofInstant(opening.getDuedate().toInstant(), clock.getZone())).isEqualTo(opens);
    managementService.executeJob(opening.getId());
    assertThat(checks).isWaitingAt("Task_PeriodicCheck").task().hasCandidateGroup("supervising-manager");
    Task check = task(checks);
    assertThat(LocalDate.ofInstant(check.getDueDate().toInstant(), clock.getZone()))
        .isEqualTo(contract.getNextCheckDue());

    complete(privacyLead, checks, Map.of("checkDecision", "conforming", "checkReason", "誓約書・管理状況とも適切",
        "itemPledges", "conforming", "evidencePledges", "誓約書3名分を確認"),
        "conforming", "誓約書・管理状況とも適切");

    // the history keeps the check; the next one opens two intervals after the term's start
    ContractorDetail detail = contractors.detail(contract.getContractorId()).orElseThrow();
    assertThat(detail.checks()).singleElement().satisfies(c -> {
      assertThat(c.getKind()).isEqualTo(ContractCheck.PERIODIC);
      assertThat(c.getResult()).isEqualTo("CONFORMING");
      assertThat(c.getCheckedBy()).isEqualTo("privacy-lead");
      assertThat(c.getDueOn()).isEqualTo(contract.getNextCheckDue());
    });
    assertThat(checks).isWaitingAt("Timer_CheckOpens");
    assertThat(contractors.ofCase(key).getNextCheckOpens())
        .isEqualTo(calendar.addBusinessDays(termStart.plusYears(2), 0));
    assertThat(contractors.checksDue()).extracting(CheckDue::contractKey).doesNotContain(key);
  }

  @Test
  void anOverdueCheckIsRemindedThenEscalatedToTheTotalManager() {
    String key = concludedContract(uniqueName("期限超過社"), LocalDate.now(clock).minusYears(1).minusDays(40), null);
    ProcessInstance checks = periodicCheckOf(key);
    managementService.executeJob(job(checks, "Timer_CheckOpens").getId());
    Task check = task(checks);

    // its due date has passed (the term started over a year ago): the dashboard shows it overdue
    assertThat(contractors.checksDue()).filteredOn(d -> d.contractKey().equals(key)).singleElement()
        .extracting(CheckDue::overdue).isEqualTo(true);

    Job reminder = job(checks, "Timer_CheckReminder");
    Job escalation = job(checks, "Timer_CheckEscalation");
    assertThat(reminder.getDuedate()).isEqualTo(check.getDueDate());
    LocalDate due = LocalDate.ofInstant(check.getDueDate().toInstant(), clock.getZone());
    assertThat(LocalDate.ofInstant(escalation.getDuedate().toInstant(), clock.getZone()))
        .isEqualTo(calendar.addBusinessDays(due, settings.getEscalationDays()));

    long leadUnread = notifications.unreadCount("privacy-lead");
    managementService.executeJob(reminder.getId());
    assertThat(notifications.unreadCount("privacy-lead")).isEqualTo(leadUnread + 1);

    long directorUnread = notifications.unreadCount("director");
    managementService.executeJob(escalation.getId());
    assertThat(taskService.getIdentityLinksForTask(check.getId())).extracting(IdentityLink::getGroupId)
        .contains("supervising-manager", "total-manager");
    assertThat(notifications.unreadCount("director")).isEqualTo(directorUnread + 1);
    assertThat(checks).isWaitingAt("Task_PeriodicCheck");

    // the total manager may now do the overdue check
    complete(director, checks, Map.of("checkDecision", "conforming", "checkReason", "院長が確認",
        "itemCustody", "conforming", "evidenceCustody", "保管庫の施錠記録"), "conforming",
        "院長が確認");
    assertThat(checks).isWaitingAt("Timer_CheckOpens");
  }

  @Test
  void aBreachFoundInACheckAsksTheInformationManagersToReportIt() {
    String key = concludedContract(uniqueName("違反発見社"), LocalDate.now(clock).minusYears(1), null);
    ProcessInstance checks = periodicCheckOf(key);
    managementService.executeJob(job(checks, "Timer_CheckOpens").getId());
    complete(privacyLead, checks, Map.of("checkDecision", "breach", "checkReason", "無許可で再委託していた"),
        "breach", "無許可で再委託していた");
    assertThat(checks).isWaitingAt("Task_StartBreach");
    runAsync(checks);

    ProcessInstance breach = runtimeService.createProcessInstanceQuery().processDefinitionKey("outsourcingBreach")
        .variableValueEquals("contractKey", key).singleResult();
    assertThat(breach.getBusinessKey()).startsWith("OB-");
    assertThat(breach).isWaitingAt("Task_ReportFound").task().hasCandidateGroup("information-manager");
    assertThat(runtimeService.getVariable(breach.getId(), "checkReason")).isEqualTo("無許可で再委託していた");
    // the periodic checks go on meanwhile
    assertThat(checks).isWaitingAt("Timer_CheckOpens");
    assertThat(contractors.detail(contractors.ofCase(key).getContractorId()).orElseThrow().checks())
        .extracting(ContractCheck::getResult).containsExactly("BREACH");
  }

  @Test
  void aContractCanBeCheckedMoreOftenThanTheHospitalsDefault() {
    LocalDate termStart = LocalDate.now(clock).plusDays(3);
    String key = concludedContract(uniqueName("半年確認社"), termStart, "P6M");
    assertThat(contractors.ofCase(key).getNextCheckOpens())
        .isEqualTo(calendar.addBusinessDays(termStart.plusMonths(6), 0));
  }

  @Test
  void aTermThatEndedWithoutRenewalStopsTheChecks() {
    ProcessInstance instance = fileIntent(privacyLead, uniqueName("満了社"));
    interview(instance);
    pledges(instance, "満了 太郎");
    draft(instance, OutsourcingTestBase.allClauses());
    decide(director, instance, "consent", "可");
    // a three-year term that ended last year, not renewed
    conclude(instance, LocalDate.now(clock).minusYears(4), "none", null);
    runAsync(instance);
    ProcessInstance checks = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("outsourcingPeriodicCheck").processInstanceBusinessKey(instance.getBusinessKey())
        .singleResult();
    assertThat(checks).isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("End_NotInForce")
        .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey("outsourcingPeriodicCheck").processInstanceBusinessKey(instance.getBusinessKey())
            .singleResult().getId()).count()).isEqualTo(1);
  }

  @Test
  void aTerminatedContractsChecksEnd() {
    String key = concludedContract(uniqueName("解除社"), LocalDate.now(clock), null);
    ProcessInstance checks = periodicCheckOf(key);
    runtimeService.createMessageCorrelation(ContractCheckCase.CONTRACT_ENDED).processInstanceBusinessKey(key)
        .correlateAll();
    assertThat(checks).isEnded().hasPassed("End_ContractEnded");
  }
}
