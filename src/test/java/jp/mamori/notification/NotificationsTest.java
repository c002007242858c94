package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.TestMailServer;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** In-app notifications and their e-mail copies, through a real SMTP server. */
class NotificationsTest extends IntegrationTest {

  @Autowired Notifications notifications;
  @Autowired NotificationRepository repository;
  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired TransactionTemplate transaction;
  @Autowired TaskService taskService;

  @Test
  void aNewTaskNotifiesEveryHolderOfItsRoleInTheAppAndByMail() {
    long before = notifications.unreadCount("privacy-lead");

    procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
        Map.of("title", "通知の確認", "personCount", 1L, "department", "NURSING"));

    assertThat(notifications.unreadCount("privacy-lead")).isEqualTo(before + 1);
    Notification latest = notifications.latestFor("privacy-lead", 1).get(0);
    assertThat(latest.getTitle()).contains("申請内容の確認");
    assertThat(latest.getLink()).startsWith("/task.xhtml?id=");
    // the notice is about the task's case (given by the notifier, not looked up from the link)
    assertThat(latest.getProcessInstanceId()).isNotNull().isEqualTo(taskService.createTaskQuery()
        .taskId(latest.getLink().substring("/task.xhtml?id=".length())).singleResult().getProcessInstanceId());
    // the mail goes out after commit; GreenMail's wait is on delivery, not on time
    assertThat(TestMailServer.awaitMail(m -> recipients(m).contains("privacy-lead@demo.mamori.example")
        && TestMailServer.subjectAndText(m).contains(latest.getLink()))).isTrue();
    List<MimeMessage> toLead = Arrays.stream(TestMailServer.get().getReceivedMessages())
        .filter(m -> recipients(m).contains("privacy-lead@demo.mamori.example")).toList();
    assertThat(toLead).isNotEmpty();
    assertThat(text(toLead.get(toLead.size() - 1))).contains("https://mamori.test/task.xhtml?id=")
        .contains("あなたの対応を待っています");
    assertThat(repository.findById(latest.getId())).get().extracting(Notification::getMailStatus)
        .isEqualTo(MailStatus.SENT);
  }

  @Test
  void noMailLeavesForWorkThatWasRolledBack() {
    long before = notifications.unreadCount("exec");
    transaction.executeWithoutResult(status -> {
      notifications.toUsers(List.of("exec"), "取り消される通知", null, null);
      status.setRollbackOnly();
    });
    assertThat(notifications.unreadCount("exec")).isEqualTo(before);
    notifications.toUsers(List.of("exec"), "届く通知", null, null);
    assertThat(TestMailServer.awaitMail(m -> subject(m).contains("届く通知"))).isTrue();
    assertThat(TestMailServer.anyMail(m -> subject(m).contains("取り消される通知"))).isFalse();
  }

  /** A new notice is written by a plain insert (Notification.newRow) and read by the repository: every field as written. */
  @Test
  void aNewNoticeIsReadBackByItsIdAsItWasWritten() {
    String caseId = UUID.randomUUID().toString();
    Notification written = transaction.execute(status -> notifications.aboutCase(caseId, List.of("clerk", "exec"),
        StoredText.of("process.notice.newTask", "記録の確認"), StoredText.of("process.notice.newTask.body", "記録の確認"),
        "/task.xhtml?id=t-1")).get(1);

    Notification read = repository.findById(written.getId()).orElseThrow();
    // the mail's outcome is written after commit (PENDING became SENT or NO_ADDRESS): not what the insert wrote
    assertThat(read).usingRecursiveComparison().ignoringFields("mailStatus").isEqualTo(written);
    assertThat(read.getRecipient()).isEqualTo("exec");
    assertThat(read.getProcessInstanceId()).isEqualTo(caseId);
    assertThat(read.titleText()).isEqualTo(written.titleText()).isNotNull();
    assertThat(read.getCreatedAt()).isEqualTo(written.getCreatedAt());
    assertThat(read.isRead()).isFalse();
  }

  /** Opening the page a notice points to reads it: that person's notices with that link only. */
  @Test
  void openingThePageANoticePointsToReadsThatPersonsNoticesToIt() {
    String link = "/task.xhtml?id=" + UUID.randomUUID();
    List<Notification> toBoth = notifications.toUsers(List.of("clerk", "exec"), "開いて既読", null, link);
    Notification elsewhere = notifications.toUsers(List.of("clerk"), "別のページ", null, link + "0").get(0);

    notifications.opened("clerk", link);

    Notification clerks = repository.findById(toBoth.get(0).getId()).orElseThrow();
    assertThat(clerks.isRead()).isTrue();
    assertThat(clerks.getReadAt()).isBetween(clerks.getCreatedAt(), java.time.Instant.now());
    assertThat(repository.findById(toBoth.get(1).getId()).orElseThrow().isRead()).as("exec's").isFalse();
    assertThat(repository.findById(elsewhere.getId()).orElseThrow().isRead()).as("another link").isFalse();
  }

  /**
   * Opening a case's page reads that person's notices about the case that point nowhere else; a notice about one of
   * its tasks waits for the task.
   */
  @Test
  void openingACasePageReadsThatPersonsNoticesThatPointOnlyToIt() {
    String caseId = UUID.randomUUID().toString();
    StoredText title = StoredText.of("stored.asWritten", "結果のお知らせ");
    List<Notification> outcome = notifications.aboutCase(caseId, List.of("clerk", "exec"), title, null, null);
    Notification task = notifications.aboutCase(caseId, List.of("clerk"), title, null, "/task.xhtml?id=t-2").get(0);
    Notification otherCase = notifications.aboutCase(caseId + "0", List.of("clerk"), title, null, null).get(0);

    notifications.openedCase("clerk", caseId);

    assertThat(repository.findById(outcome.get(0).getId()).orElseThrow().isRead()).as("clerk's").isTrue();
    assertThat(repository.findById(outcome.get(1).getId()).orElseThrow().isRead()).as("exec's").isFalse();
    assertThat(repository.findById(task.getId()).orElseThrow().isRead()).as("about a task").isFalse();
    assertThat(repository.findById(otherCase.getId()).orElseThrow().isRead()).as("another case").isFalse();
  }

  @Test
  void onlyTheRecipientCanMarkANotificationRead() {
    Notification n = notifications.toUsers(List.of("clerk"), "既読の確認", null, null).get(0);
    notifications.markRead("nurse", n.getId());
    assertThat(repository.findById(n.getId()).orElseThrow().isRead()).isFalse();
    notifications.markRead("clerk", n.getId());
    assertThat(repository.findById(n.getId()).orElseThrow().isRead()).isTrue();
  }

  /** 「すべて既読にする」 reads every unread notice of the person, beyond the 500 a page can show, and no one else's. */
  @Test
  void markingAllReadReadsEveryUnreadNoticeOfThePersonOnly() {
    String person = "many-notices-" + UUID.randomUUID().toString().substring(0, 8);
    transaction.executeWithoutResult(status -> {
      for (int n = 0; n < 501; n++) {
        notifications.toUsers(List.of(person), "通知 " + n, null, null);
      }
    });
    Notification someoneElses = notifications.toUsers(List.of("clerk"), "ほかの人への通知", null, null).get(0);

    notifications.markAllRead(person);

    assertThat(notifications.unreadCount(person)).isZero();
    assertThat(repository.findById(someoneElses.getId()).orElseThrow().isRead()).isFalse();
  }

  /** ADR 0044: the mail's outcome is written alone, so it cannot undo a "read" set while the mail was on its way. */
  @Test
  void theMailsOutcomeLeavesTheReadMarkAsItIs() {
    Notification n = notifications.toUsers(List.of("clerk"), "既読と送信結果", null, null).get(0);
    notifications.markRead("clerk", n.getId());

    repository.mailed(List.of(n.getId()), MailStatus.FAILED);

    Notification stored = repository.findById(n.getId()).orElseThrow();
    assertThat(stored.isRead()).isTrue();
    assertThat(stored.getMailStatus()).isEqualTo(MailStatus.FAILED);
  }

  /** The preference's key is the user id: the first choice is inserted, every later one updates that row. */
  @Test
  void aPersonsDeliveryIsChosenThenChangedAgain() {
    String person = "new-staff-" + UUID.randomUUID().toString().substring(0, 8);
    notifications.chooseDelivery(person, Delivery.DAILY_DIGEST);
    assertThat(notifications.deliveryOf(person)).isEqualTo(Delivery.DAILY_DIGEST);
    notifications.chooseDelivery(person, Delivery.IMMEDIATE);
    assertThat(notifications.deliveryOf(person)).isEqualTo(Delivery.IMMEDIATE);
  }

  private String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
