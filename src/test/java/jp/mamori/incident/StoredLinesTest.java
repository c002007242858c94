package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.notification.Notification;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #17 item 10 (ADR 0032): notifications and the incident board's log keep a message key and its arguments in
 * their own columns (V26_1), on H2 and MariaDB alike, and are put into words in the reader's language; rows written
 * before, without a key, keep showing the words they were stored with.
 */
class StoredLinesTest extends IntegrationTest {

  @Autowired Notifications notifications;
  @Autowired Incidents incidents;
  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void aNoticeKeepsItsKeyAndArgumentsAndReadsInEachLanguage() {
    String caseKey = "L-STORED-" + System.nanoTime();
    Notification notice = notifications.toUsers(List.of("exec"), StoredText.of("incident.notice.setUp", caseKey),
        StoredText.of("incident.notice.setUp.body"), null).get(0);

    Map<String, Object> row = jdbc.queryForMap(
        "select title, title_key, title_args, body_key, body_args from notification where id = ?", notice.getId());
    assertThat(row.get("title")).isEqualTo("対策本部を設置しました " + caseKey);
    assertThat(row.get("title_key")).isEqualTo("incident.notice.setUp");
    assertThat((String) row.get("title_args")).contains(caseKey);
    assertThat(row.get("body_key")).isEqualTo("incident.notice.setUp.body");

    Notification read = notifications.latestFor("exec", 5).stream()
        .filter(n -> n.getId().equals(notice.getId())).findFirst().orElseThrow();
    assertThat(read.titleIn(Locale.ENGLISH)).isEqualTo("Headquarters set up " + caseKey);
    assertThat(read.titleIn(Locale.JAPANESE)).isEqualTo("対策本部を設置しました " + caseKey);
    assertThat(read.bodyIn(Locale.ENGLISH)).isEqualTo("Please respond as head or deputy head.");
    // the case number is data: a page marks it, the words around it are the reader's language
    assertThat(StoredText.shown(read.titleText(), read.getTitle(), Locale.ENGLISH)).containsExactly(
        new StoredText.Segment("Headquarters set up ", false), new StoredText.Segment(caseKey, true));
  }

  @Test
  void aNoticeWrittenBeforeKeysWereKeptShowsItsWordsAsData() {
    Notification old = notifications.toUsers(List.of("exec"), "旧形式の通知", "旧形式の本文", null).get(0);

    assertThat(jdbc.queryForObject("select title_key from notification where id = ?", String.class, old.getId()))
        .isNull();
    Notification read = notifications.latestFor("exec", 5).stream()
        .filter(n -> n.getId().equals(old.getId())).findFirst().orElseThrow();
    assertThat(read.titleText()).isNull();
    assertThat(read.titleIn(Locale.ENGLISH)).isEqualTo("旧形式の通知");
    assertThat(StoredText.shown(read.titleText(), read.getTitle(), Locale.ENGLISH))
        .containsExactly(new StoredText.Segment("旧形式の通知", true));
  }

  @Test
  void theBoardsLogKeepsKeysAndArgumentsAndOldLinesTheirWords() {
    ProcessInstance incident = procedures.start(Staff.of(staff, "nurse"), "leakIncidentResponse",
        LeakReports.medical(clock, "保存された行の確認"));
    String key = incident.getBusinessKey();
    incidents.log(key, "director", "PPC_PRELIMINARY",
        StoredText.of("incident.log.ppcSubmitted", PpcReportKind.PRELIMINARY.labelArg()));
    incidents.log(key, "director", "MEMBER_ADDED", "山田 花子");

    List<IncidentLogEntry> log = incidents.logOf(incidents.byKey(key));
    IncidentLogEntry contactChain = log.stream().filter(l -> l.getAction().equals("CONTACT_CHAIN")).findFirst()
        .orElseThrow();
    assertThat(contactChain.detailText()).isNotNull();
    assertThat(contactChain.detailText().text(Locale.ENGLISH)).startsWith("Emergency contacts: ");
    assertThat(contactChain.getDetail()).startsWith("緊急連絡: ");

    IncidentLogEntry submitted = log.stream().filter(l -> l.getAction().equals("PPC_PRELIMINARY")).findFirst()
        .orElseThrow();
    assertThat(jdbc.queryForObject("select detail_key from incident_log where id = ?", String.class,
        submitted.getId())).isEqualTo("incident.log.ppcSubmitted");
    assertThat(submitted.detailText().text(Locale.ENGLISH)).isEqualTo("preliminary report submitted to the PPC");
    assertThat(submitted.getDetail()).isEqualTo("速報を個人情報保護委員会に提出");

    IncidentLogEntry asWritten = log.stream().filter(l -> l.getAction().equals("MEMBER_ADDED")).findFirst()
        .orElseThrow();
    assertThat(asWritten.detailText()).isNull();
    assertThat(StoredText.shown(asWritten.detailText(), asWritten.getDetail(), Locale.ENGLISH))
        .containsExactly(new StoredText.Segment("山田 花子", true));
  }
}
