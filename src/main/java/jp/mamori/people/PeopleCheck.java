package jp.mamori.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDepartmentRepository;
import jp.mamori.organization.StaffMember;
import jp.mamori.web.StoredText;
import jp.mamori.web.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The glue of pledgeTrainingCheck (第20条3, 第33条; Keio 4): on its cycle, each member of staff without a signed
 * pledge, and each who missed the yearly training, is reminded; the missed training is escalated to the person's
 * department's information manager and, with the whole list, to the supervising managers. The figures are kept on
 * the case ({@code withoutPledge}, {@code missedTraining}).
 */
@ModelBean
@Component("peopleCheck")
public class PeopleCheck {

  private static final String LINK = "/training.xhtml";

  private final Pledges pledges;
  private final Trainings trainings;
  private final Notifications notifications;
  private final StaffDepartmentRepository departments;

  PeopleCheck(Pledges pledges, Trainings trainings, Notifications notifications,
      StaffDepartmentRepository departments) {
    this.pledges = pledges;
    this.trainings = trainings;
    this.notifications = notifications;
    this.departments = departments;
  }

  public void check(DelegateExecution execution) {
    List<StaffMember> withoutPledge = pledges.withoutPledge();
    List<StaffMember> missed = trainings.missedYearly();
    if (!withoutPledge.isEmpty()) {
      notifications.toUsers(ids(withoutPledge), StoredText.of("pledge.notice.remind"),
          StoredText.of("pledge.notice.remind.body"), LINK);
    }
    if (!missed.isEmpty()) {
      notifications.toUsers(ids(missed), StoredText.of("training.notice.remind"),
          StoredText.of("training.notice.remind.body"), LINK);
      // escalated: each department's information manager about their own staff
      Map<String, List<StaffMember>> byManager = new LinkedHashMap<>();
      for (StaffMember member : missed) {
        departments.informationManagerOf(member.id())
            .filter(manager -> manager != null && !manager.equals(member.id()))
            .ifPresent(manager -> byManager.computeIfAbsent(manager, k -> new java.util.ArrayList<>()).add(member));
      }
      byManager.forEach((manager, members) -> notifications.toUsers(List.of(manager),
          StoredText.of("training.notice.escalated"), StoredText.of("training.notice.escalated.body",
              names(members)), LINK));
    }
    if (!withoutPledge.isEmpty() || !missed.isEmpty()) {
      notifications.toRole(Role.SUPERVISING_MANAGER.groupId(), StoredText.of("people.notice.summary"),
          StoredText.of("people.notice.summary.body", names(withoutPledge), names(missed)), LINK);
    }
    execution.setVariable("withoutPledge", withoutPledge.size());
    execution.setVariable("missedTraining", missed.size());
  }

  private static List<String> ids(List<StaffMember> members) {
    return members.stream().map(StaffMember::id).toList();
  }

  private static String names(List<StaffMember> members) {
    return members.isEmpty() ? "—" : members.stream().map(StaffMember::displayName).collect(Collectors.joining("、"));
  }
}
