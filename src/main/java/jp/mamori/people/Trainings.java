package jp.mamori.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training (第33条; Keio 4): the supervising manager plans sessions (date, topic, materials; every member of staff
 * is invited) and records who attended; a member of staff with no attended session in the last twelve months has
 * missed the yearly training.
 */
@Service
public class Trainings {

  private final TrainingSessionRepository sessions;
  private final TrainingAttendanceRepository attendance;
  private final StaffDirectory staff;
  private final AuditTrail trail;
  private final Clock clock;

  Trainings(TrainingSessionRepository sessions, TrainingAttendanceRepository attendance, StaffDirectory staff,
      AuditTrail trail, Clock clock) {
    this.sessions = sessions;
    this.attendance = attendance;
    this.staff = staff;
    this.trail = trail;
    this.clock = clock;
  }

  public boolean mayPlan(StaffPrincipal user) {
    return user.groupIds().contains(Role.SUPERVISING_MANAGER.groupId());
  }

  /** 第33条: a session planned by the supervising manager; every member of staff on duty is invited. */
  @Transactional
  public TrainingSession plan(StaffPrincipal by, LocalDate heldOn, String topic, String materials) {
    if (!mayPlan(by)) {
      throw new ActionRefused("people.error.notAllowed");
    }
    if (heldOn == null || topic == null || topic.isBlank() || topic.length() > 300) {
      throw new ActionRefused("training.error.session");
    }
    TrainingSession session = sessions.save(new TrainingSession(heldOn, topic.strip(),
        materials == null || materials.isBlank() ? null : materials.strip(), by.userId(), clock.instant()));
    StaffOnDuty.of(staff).forEach(m -> attendance.save(new TrainingAttendance(session.getId(), m.id(), true)));
    trail.record(by.userId(), "TRAINING_PLANNED", CaseRef.NONE, heldOn.toString(), topic.strip(), null);
    return session;
  }

  /** 第33条: who attended a held session (the others invited did not); a session to come has no attendance yet. */
  @Transactional
  public void recordAttendance(StaffPrincipal by, Long sessionId, Collection<String> attendedUserIds) {
    if (!mayPlan(by)) {
      throw new ActionRefused("people.error.notAllowed");
    }
    TrainingSession session = sessions.findById(sessionId).orElseThrow(() -> new ActionRefused("training.error.gone"));
    if (session.getHeldOn().isAfter(LocalDate.now(clock))) {
      throw new ActionRefused("training.error.notYetHeld");
    }
    for (String userId : attendedUserIds) {
      if (staff.find(userId).isEmpty()) {
        throw new ActionRefused("training.error.attendee");
      }
    }
    List<TrainingAttendance> rows = attendance.findBySessionIdOrderByUserIdAsc(sessionId);
    rows.forEach(a -> a.attended(attendedUserIds.contains(a.getUserId())));
    attendance.saveAll(rows);
    attendedUserIds.stream().filter(u -> rows.stream().noneMatch(a -> a.getUserId().equals(u)))
        .forEach(u -> {
          TrainingAttendance walkIn = new TrainingAttendance(sessionId, u, false);
          walkIn.attended(true);
          attendance.save(walkIn);
        });
    session.attendanceRecorded(by.userId(), clock.instant());
    sessions.save(session);
    trail.record(by.userId(), "TRAINING_ATTENDANCE", CaseRef.NONE, session.getHeldOn().toString(),
        String.join(",", attendedUserIds), null);
  }

  @Transactional(readOnly = true)
  public Page<TrainingSession> page(Pageable page) {
    return sessions.findAllByOrderByHeldOnDescIdDesc(page);
  }

  @Transactional(readOnly = true)
  public TrainingSession session(Long id) {
    return sessions.findById(id).orElseThrow(() -> new ActionRefused("training.error.gone"));
  }

  @Transactional(readOnly = true)
  public List<TrainingAttendance> attendanceOf(Long sessionId) {
    return attendance.findBySessionIdOrderByUserIdAsc(sessionId);
  }

  /** 第33条: of the given members of staff, those who attended a session in the last twelve months (one query). */
  @Transactional(readOnly = true)
  public Set<String> attendedYearlyAmong(java.util.Collection<String> userIds) {
    LocalDate today = LocalDate.now(clock);
    return userIds.isEmpty() ? Set.of() : attendance.attendedAmong(userIds, today.minusYears(1), today);
  }

  /** 第33条: members of staff with no attended session in the twelve months up to today (the yearly training). */
  @Transactional(readOnly = true)
  public List<StaffMember> missedYearly() {
    LocalDate today = LocalDate.now(clock);
    List<Long> ids = sessions.findByHeldOnBetween(today.minusYears(1), today).stream().map(TrainingSession::getId)
        .toList();
    Set<String> attended = ids.isEmpty() ? Set.of() : attendance.findBySessionIdInAndAttendedTrue(ids).stream()
        .map(TrainingAttendance::getUserId).collect(Collectors.toSet());
    return StaffOnDuty.of(staff).stream().filter(m -> !attended.contains(m.id())).toList();
  }
}
