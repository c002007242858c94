package jp.mamori.web;

import static jp.mamori.web.Pages.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task list in a real browser, through its page object {@link TaskListPage}: a reviewer finds a case's task in
 * the shared list, is refused a task a colleague took in the meantime — the message on the page and the refusal in
 * the audit trail (who, which rule, which case) — then takes it once it is free and opens it.
 */
class TaskListBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired TaskService taskService;
  @Autowired AuditTrail trail;

  @Test
  @DisplayName("タスク一覧: 他の人が先に引き受けたタスクは断られ、その拒否が監査証跡に残る")
  void aTaskTakenMeanwhileIsRefusedOnTheListAndTheRefusalIsInTheTrail() {
    ProcessInstance instance = procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
        Map.of("title", "タスク一覧の試験", "personCount", 3L, "department", "NURSING", "urgent", false));
    String caseNumber = instance.getBusinessKey();
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    browser.login("privacy-lead");
    TaskListPage.open(browser);
    assertThat(TaskListPage.assignee(browser, caseNumber)).isEqualTo("未割当");
    browser.screenshot("shared-task");

    // someone else takes the task while the list is on the screen (not the requester: four-eyes)
    taskService.setAssignee(review.getId(), "admin");
    TaskListPage.claim(browser, caseNumber);

    // taken by someone else, it is no longer in the reviewer's list: the list says so
    assertThat(messages(browser)).contains("このタスクは既に完了したか、あなたには表示できません。");
    browser.screenshot("claim-refused");
    assertThat(trail.ofCase(instance.getId())).filteredOn(e -> AuditTrail.REFUSED.equals(e.getAction()))
        .singleElement().satisfies(refusal -> {
          assertThat(refusal.getActor()).isEqualTo("privacy-lead");
          assertThat(refusal.getSubject()).isEqualTo("task.error.gone");
          assertThat(refusal.getBusinessKey()).isEqualTo(caseNumber);
          assertThat(refusal.getTaskId()).isEqualTo(review.getId());
          assertThat(refusal.getDetail()).startsWith("page /tasks.xhtml: このタスクは");
        });

    // free again: the reviewer takes it and opens it from the list
    taskService.setAssignee(review.getId(), null);
    TaskListPage.open(browser);
    TaskListPage.claim(browser, caseNumber);
    assertThat(messages(browser)).contains("タスクを引き受けました。");
    assertThat(TaskListPage.assignee(browser, caseNumber)).isEqualTo(staff.displayName("privacy-lead"));
    TaskListPage.openTask(browser, caseNumber, review.getName());
    assertThat(browser.url()).contains(review.getId());
  }
}
