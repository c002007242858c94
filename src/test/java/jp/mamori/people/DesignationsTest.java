package jp.mamori.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.organization.Department;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.testing.ProcessTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.WebSession;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第4–7条: designations are dated records with who decided, kept in history; they give and take back the role's
 * Camunda group, so routing follows them; only the role the article names may designate — in the app and over
 * /engine-rest, where the designated roles change for nobody and nobody changes their own (ADR 0067).
 */
class DesignationsTest extends ProcessTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired Designations designations;
  @Autowired DepartmentRepository departments;
  @Autowired Ledger ledger;

  @Test
  @DisplayName("第4条: the director names the supervising manager; the next one replaces them, the history stays")
  void theDirectorNamesTheSupervisingManager() {
    String first = newStaff("sm-a");
    String second = newStaff("sm-b");

    designations.designate(user("director"), DesignationKind.SUPERVISING_MANAGER, first, null, "4月1日付の人事");
    assertThat(staff.isMember(first, "supervising-manager")).isTrue();
    designations.designate(user("director"), DesignationKind.SUPERVISING_MANAGER, second, null, "異動に伴う交代");

    assertThat(staff.isMember(first, "supervising-manager")).isFalse();
    assertThat(staff.isMember(second, "supervising-manager")).isTrue();
    assertThat(designations.history()).filteredOn(d -> d.getUserId().equals(first)).singleElement()
        .satisfies(d -> {
          assertThat(d.getDecidedBy()).isEqualTo("director");
          assertThat(d.getValidFrom()).isEqualTo(LocalDate.now(clock));
          assertThat(d.getEndedOn()).isEqualTo(LocalDate.now(clock));
          assertThat(d.getEndReason()).isEqualTo("異動に伴う交代");
        });
    // a role given outside designations (the demo organization's) is left alone
    assertThat(staff.isMember("privacy-lead", "supervising-manager")).isTrue();

    Designation current = designations.history().stream().filter(d -> d.getUserId().equals(second)).findFirst()
        .orElseThrow();
    designations.withdraw(user("director"), current.getId(), "退職");
    assertThat(staff.isMember(second, "supervising-manager")).isFalse();
    assertThat(designations.history()).filteredOn(d -> d.getUserId().equals(second)).singleElement()
        .satisfies(d -> assertThat(d.isActive()).isFalse());
  }

  @Test
  @DisplayName("第5条: the supervising manager sets the information manager of a set of records; routing follows")
  void theSupervisingManagerSetsTheInformationManagerAndRoutingFollows() {
    Department department = departments.save(new Department(code(), "検査部 " + SEQUENCE.get(), "Laboratory"));
    String manager = newStaff("im");

    designations.designate(user("privacy-lead"), DesignationKind.INFORMATION_MANAGER, manager,
        department.getCode(), "検査部の記録の管理者");

    assertThat(staff.isMember(manager, "information-manager")).isTrue();
    assertThat(departments.findByCode(department.getCode()).orElseThrow().getInformationManager()).isEqualTo(manager);
    // the department's new records are theirs, and so are their disposal tasks (第24条)
    LedgerEntry entry = ledger.add("検体検査の依頼票", department.getCode(), e -> e.keeping("検査部 棚",
        "lockedCabinet", Retention.years(3, RetentionEvent.CREATED, LocalDate.now(clock)), DisposalMethod.SHREDDING));
    assertThat(entry.getInformationManager()).isEqualTo(manager);

    String next = newStaff("im2");
    designations.designate(user("privacy-lead"), DesignationKind.INFORMATION_MANAGER, next, department.getCode(),
        "交代");
    assertThat(staff.isMember(manager, "information-manager")).isFalse();
    assertThat(departments.findByCode(department.getCode()).orElseThrow().getInformationManager()).isEqualTo(next);
  }

  @Test
  @DisplayName("第6条・第7条: an information manager designates handlers; the director names committee members")
  void handlersAndCommitteeMembers() {
    String handler = newStaff("h");
    String member = newStaff("c");
    designations.designate(user("records-manager"), DesignationKind.HANDLER, handler, null, "医事課の受付担当");
    designations.designate(user("director"), DesignationKind.COMMITTEE_MEMBER, member, null, "部会の委員");

    assertThat(staff.isMember(handler, "handler")).isTrue();
    assertThat(staff.isMember(member, "committee")).isTrue();
    assertThat(designations.history()).filteredOn(d -> d.getUserId().equals(handler)).singleElement()
        .satisfies(d -> assertThat(d.getScope()).isEqualTo("records-manager"));
  }

  @Test
  @DisplayName("第4–7条: only the role the article names may designate — in the app, on the page and over /engine-rest")
  void onlyTheRightRoleDesignates() {
    String someone = newStaff("x");
    assertThatThrownBy(() -> designations.designate(user("privacy-lead"), DesignationKind.SUPERVISING_MANAGER,
        someone, null, "自分で後任を")).isInstanceOf(ActionRefused.class).hasMessage("people.error.notAllowed");
    assertThatThrownBy(() -> designations.designate(user("nurse"), DesignationKind.HANDLER, someone, null, "同僚"))
        .isInstanceOf(ActionRefused.class).hasMessage("people.error.notAllowed");
    assertThatThrownBy(() -> designations.designate(user("director"), DesignationKind.INFORMATION_MANAGER,
        someone, "MEDICAL_AFFAIRS", "院長が直接")).isInstanceOf(ActionRefused.class)
        .hasMessage("people.error.notAllowed");
    assertThat(staff.groupIdsOf(someone)).isEmpty();

    // the engine's own membership API is not a way around: it stays the system administrator's
    HttpResponse<String> overRest = Rest.as(baseUrl(), "privacy-lead", "demo")
        .put("/group/information-manager/members/" + someone, "");
    assertThat(overRest.statusCode()).as(overRest.body()).isEqualTo(403);
    assertThat(staff.isMember(someone, "information-manager")).isFalse();

    assertThat(WebSession.loggedIn(baseUrl(), "nurse", "demo").get("/designations.xhtml").statusCode())
        .isEqualTo(403);
    String directorsPage = WebSession.loggedIn(baseUrl(), "director", "demo").get("/designations.xhtml").body();
    assertThat(directorsPage).contains("designateForm", "個人情報統括管理者(第4条)", "個人情報保護部会の委員(第7条)")
        .doesNotContain("個人情報取扱者(第6条)</option>");
  }

  @Test
  @DisplayName("第4–7条・ADR 0067: 指名で与える役割は Camunda Admin・REST・Java API では変えられず、自分の役割は誰も変えられない")
  void rolesOfTheRegulationChangeByDesignationAndNobodyChangesTheirOwn() {
    String someone = newStaff("m");
    Rest admin = Rest.as(baseUrl(), "admin", "demo");

    for (String designated : List.of("supervising-manager", "information-manager", "handler", "committee")) {
      HttpResponse<String> given = admin.put("/group/" + designated + "/members/" + someone, "");
      assertThat(given.statusCode()).as(given.body()).isEqualTo(403);
      assertThat(given.body()).contains("people.error.byDesignationOnly");
    }
    HttpResponse<String> takenBack = admin.delete("/group/handler/members/nurse");
    assertThat(takenBack.statusCode()).as(takenBack.body()).isEqualTo(403);
    assertThat(staff.isMember("nurse", "handler")).isTrue();
    for (HttpResponse<String> own : List.of(admin.put("/group/total-manager/members/admin", ""),
        admin.put("/group/process-owner/members/admin", ""), admin.delete("/group/system-admin/members/admin"))) {
      assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
      assertThat(own.body()).contains("people.error.ownRoles");
    }
    assertThat(staff.groupIdsOf(someone)).isEmpty();
    assertThat(staff.isMember("admin", "total-manager")).isFalse();
    assertThat(staff.isMember("admin", "system-admin")).isTrue();
    identityService.setAuthentication("admin", List.of("system-admin"));
    try {
      assertThatThrownBy(() -> identityService.createMembership(someone, "handler"))
          .isInstanceOf(ActionRefused.class).hasMessage("people.error.byDesignationOnly");
    } finally {
      identityService.clearAuthentication();
    }

    // the director's role by office (第3条) and the application's roles stay the administrator's to give others
    HttpResponse<String> director = admin.put("/group/total-manager/members/" + someone, "");
    assertThat(director.statusCode()).as(director.body()).isEqualTo(204);
    assertThat(staff.isMember(someone, "total-manager")).isTrue();
    // and a designation still gives its role
    designations.designate(user("director"), DesignationKind.COMMITTEE_MEMBER, someone, null, "部会の委員に");
    assertThat(staff.isMember(someone, "committee")).isTrue();
    // the other tests count the roles' members: the application takes the two back
    identityService.deleteMembership(someone, "total-manager");
    identityService.deleteMembership(someone, "committee");
  }

  private static String code() {
    return "LAB" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSS")) + SEQUENCE.incrementAndGet();
  }

  private String newStaff(String prefix) {
    String id = prefix + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmssSSS")) + "-"
        + SEQUENCE.incrementAndGet();
    User user = identityService.newUser(id);
    user.setLastName("指名");
    user.setFirstName("試験");
    user.setPassword("demo");
    identityService.saveUser(user);
    return id;
  }
}
