package jp.mamori.people;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.mamori.organization.StaffDepartmentRepository;
import jp.mamori.organization.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the annual audit (第36条) reads instead of asking: per department, the members of staff without a signed
 * pledge (第20条3) and those who missed the yearly training (第33条), from the records.
 */
@Service
public class PeopleFigures {

  /** The records' figures for one department: who lacks a pledge, who missed the training, out of how many. */
  public record DepartmentFigures(int staff, List<String> withoutPledge, List<String> missedTraining) {}

  private final Pledges pledges;
  private final Trainings trainings;
  private final StaffDepartmentRepository departments;
  private final jp.mamori.organization.StaffDirectory directory;

  PeopleFigures(Pledges pledges, Trainings trainings, StaffDepartmentRepository departments,
      jp.mamori.organization.StaffDirectory directory) {
    this.pledges = pledges;
    this.trainings = trainings;
    this.departments = departments;
    this.directory = directory;
  }

  /**
   * One department's figures from its own staff: the department's members by a query (not the whole directory),
   * then whether each signed and attended, one query each for the lot.
   */
  @Transactional(readOnly = true)
  public DepartmentFigures of(String departmentCode) {
    List<StaffMember> members = departments.userIdsOfDepartment(departmentCode).stream().map(directory::find)
        .flatMap(Optional::stream).filter(StaffOnDuty::isOnDuty)
        .sorted(Comparator.comparing(StaffMember::displayName)).toList();
    List<String> ids = members.stream().map(StaffMember::id).toList();
    Set<String> signed = pledges.signedAmong(ids);
    Set<String> trained = trainings.attendedYearlyAmong(ids);
    return new DepartmentFigures(members.size(),
        members.stream().filter(m -> !signed.contains(m.id())).map(StaffMember::displayName).toList(),
        members.stream().filter(m -> !trained.contains(m.id())).map(StaffMember::displayName).toList());
  }
}
