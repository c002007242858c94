package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.LazyPages;
import jp.mamori.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The list of headquarters' boards (第35条), paged in the database: each person sees exactly the boards
 * {@link IncidentAccess#canSee} lets them open (need to know), now as a query; 状態 sorts as an incident runs.
 */
class IncidentLazyModelTest extends IntegrationTest {

  @Autowired IncidentBoard board;
  @Autowired IncidentRepository incidents;
  @Autowired HeadquartersMemberRepository members;
  @Autowired StaffDirectory staff;

  private final String mark = "LI-LIST-" + UUID.randomUUID().toString().substring(0, 8) + "-";
  private final List<Incident> made = new ArrayList<>();

  /** The tests share the database: a member named here would open the list elsewhere, an open board count there. */
  @AfterEach
  void removeWhatWasMade() {
    made.forEach(i -> members.findByIncidentIdOrderByAddedAtAscIdAsc(i.getId()).forEach(members::delete));
    incidents.deleteAll(made);
  }

  @Test
  @DisplayName("第35条 本部の一覧は、各人が開ける本部（未設置は総括・統括の役割、設置後は本部長・副本部長・指名された構成員）だけを、データベースでページ分けして示す")
  void eachPersonSeesExactlyTheBoardsTheyMayOpen() {
    Incident unheaded = incident("1", null, null);
    Incident headedByDirector = incident("2", "director", "privacy-lead");
    Incident withNurse = incident("3", "privacy-lead", "director");
    members.save(new HeadquartersMember(withNurse.getId(), "nurse", "privacy-lead", Instant.now()));
    Incident elsewhere = incident("4", "hq-officer", "records-manager");

    for (String userId : List.of("director", "privacy-lead", "nurse", "hq-officer", "records-manager", "clerk")) {
      StaffPrincipal user = Staff.of(staff, userId);
      List<Long> seen = LazyPages.all(new IncidentLazyModel(board, user), null, SortOrder.UNSORTED, 3).stream()
          .map(Incident::getId).toList();
      List<Long> mayOpen = incidents.findAll().stream()
          .filter(i -> IncidentAccess.canSee(user, i, members.findByIncidentIdAndUserId(i.getId(), userId).isPresent()))
          .map(Incident::getId).toList();
      assertThat(seen).as(userId).containsExactlyInAnyOrderElementsOf(mayOpen).doesNotHaveDuplicates();
    }
    assertThat(ids("director")).contains(unheaded.getId(), headedByDirector.getId(), withNurse.getId())
        .doesNotContain(elsewhere.getId());
    assertThat(ids("nurse")).containsExactly(withNurse.getId());
    assertThat(ids("hq-officer")).contains(elsewhere.getId()).doesNotContain(unheaded.getId(), withNurse.getId());
    assertThat(ids("clerk")).isEmpty();
    // the list opens for whoever has a board on it, with or without the head's and deputy's roles
    assertThat(board.mayOpenList(Staff.of(staff, "hq-officer"))).isTrue();
    assertThat(board.mayOpenList(Staff.of(staff, "nurse"))).isTrue();
    assertThat(board.mayOpenList(Staff.of(staff, "clerk"))).isFalse();
  }

  @Test
  @DisplayName("第35条 本部の一覧は既定で報告の新しい順、状態で並べると報告受付、対応中、再発防止、解散済み、格下げの順")
  void newestFirstAndTheStatusInTheIncidentsOrder() {
    Incident closed = incident("a", "director", null);
    closed.moveTo(IncidentStatus.CLOSED);
    incidents.save(closed);
    incident("b", null, null);
    Incident prevention = incident("c", "director", null);
    prevention.moveTo(IncidentStatus.PREVENTION);
    incidents.save(prevention);
    IncidentLazyModel model = new IncidentLazyModel(board, Staff.of(staff, "director"));

    assertThat(mine(LazyPages.all(model, null, SortOrder.UNSORTED, 2))).containsExactly("c", "b", "a");
    List<Incident> byStatus = LazyPages.all(model, "status", SortOrder.ASCENDING, 2);
    assertThat(byStatus).extracting(Incident::getStatus).isSortedAccordingTo(IncidentStatus::compareTo);
    assertThat(mine(byStatus)).containsExactly("b", "c", "a");
    assertThat(model.count(Map.of())).isEqualTo(byStatus.size());
  }

  private Incident incident(String suffix, String head, String deputy) {
    IncidentFacts facts = new IncidentFacts("leak", "confirmed", Instant.now(), "一覧の確認", "氏名", 1, List.of(),
        "paper", null, null);
    Incident incident = new Incident(mark + suffix, null, facts, "nurse", Instant.now());
    if (head != null) {
      incident.headquarters(head, deputy, Instant.now());
    }
    Incident saved = incidents.save(incident);
    made.add(saved);
    return saved;
  }

  private List<Long> ids(String userId) {
    return LazyPages.all(new IncidentLazyModel(board, Staff.of(staff, userId)), null, SortOrder.UNSORTED, 50)
        .stream().map(Incident::getId).toList();
  }

  private List<String> mine(List<Incident> rows) {
    return rows.stream().filter(i -> i.getCaseKey().startsWith(mark))
        .map(i -> i.getCaseKey().substring(mark.length())).toList();
  }
}
