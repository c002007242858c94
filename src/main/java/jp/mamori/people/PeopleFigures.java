package jp.mamori.people;

import java.util.List;
import java.util.function.Predicate;
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

  @Transactional(readOnly = true)
  public DepartmentFigures of(String departmentCode) {
    Predicate<StaffMember> inDepartment = m -> departments.findById(m.id())
        .map(d -> d.getDepartment().getCode().equals(departmentCode)).orElse(false);
    int count = (int) StaffOnDuty.of(directory).stream().filter(inDepartment).count();
    return new DepartmentFigures(count,
        pledges.withoutPledge().stream().filter(inDepartment).map(StaffMember::displayName).toList(),
        trainings.missedYearly().stream().filter(inDepartment).map(StaffMember::displayName).toList());
  }
}
