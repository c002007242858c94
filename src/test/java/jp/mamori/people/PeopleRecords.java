package jp.mamori.people;

import java.time.LocalDate;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.StaffPrincipal;

/**
 * For tests whose audit should find the people's records in order (第20条3, 第33条): every member of staff on duty
 * has signed the pledge and attended a session in the last twelve months.
 */
public final class PeopleRecords {

  private PeopleRecords() {}

  public static void inOrder(Pledges pledges, Trainings trainings, StaffPrincipal supervisingManager) {
    int version = pledges.currentText().map(PledgeText::getVersion).orElseGet(() -> pledges.issueText(
        supervisingManager, "私は、業務上知り得た個人情報を漏らしません。", LocalDate.now().minusYears(1)).getVersion());
    for (StaffMember member : pledges.withoutPledge()) {
      pledges.record(supervisingManager, member.id(), null, null, version, LocalDate.now());
    }
    var missed = trainings.missedYearly();
    if (!missed.isEmpty()) {
      TrainingSession session = trainings.plan(supervisingManager, LocalDate.now(), "個人情報保護の研修", null);
      trainings.recordAttendance(supervisingManager, session.getId(),
          missed.stream().map(StaffMember::id).toList());
    }
  }
}
