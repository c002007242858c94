package jp.mamori.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * The confidentiality pledges (第20条3; Keio 4): the pledge's text by version (the supervising manager issues a new
 * one), and who signed which version when — every member of staff, and every contractor's staff (by name and
 * contractor). Pledges are recorded by the supervising manager or an information manager, from the signed paper.
 */
@Service
public class Pledges {

  private final PledgeTextRepository texts;
  private final StaffPledgeRepository pledges;
  private final StaffDirectory staff;
  private final AuditTrail trail;
  private final Clock clock;

  Pledges(PledgeTextRepository texts, StaffPledgeRepository pledges, StaffDirectory staff, AuditTrail trail, Clock clock) {
    this.texts = texts;
    this.pledges = pledges;
    this.staff = staff;
    this.trail = trail;
    this.clock = clock;
  }

  public boolean mayIssueText(StaffPrincipal user) {
    return user.groupIds().contains(Role.SUPERVISING_MANAGER.groupId());
  }

  public boolean mayRecord(StaffPrincipal user) {
    return mayIssueText(user) || user.groupIds().contains(Role.INFORMATION_MANAGER.groupId());
  }

  /** 第20条3: a new version of the pledge's text, in force from {@code effectiveFrom}. */
  @Transactional
  public PledgeText issueText(StaffPrincipal by, String body, LocalDate effectiveFrom) {
    if (!mayIssueText(by)) {
      throw new ActionRefused("people.error.notAllowed");
    }
    if (body == null || body.isBlank() || effectiveFrom == null) {
      throw new ActionRefused("pledge.error.text");
    }
    int version = texts.findTopByOrderByVersionDesc().map(PledgeText::getVersion).orElse(0) + 1;
    PledgeText text = texts.save(new PledgeText(version, body.strip(), effectiveFrom, by.userId(), clock.instant()));
    trail.record(by.userId(), "PLEDGE_TEXT_ISSUED", CaseRef.NONE, "v" + version, null, null);
    return text;
  }

  @Transactional(readOnly = true)
  public Optional<PledgeText> currentText() {
    return texts.findTopByOrderByVersionDesc();
  }

  @Transactional(readOnly = true)
  public List<PledgeText> texts() {
    return texts.findAllByOrderByVersionDesc();
  }

  /**
   * 第20条3: a signed pledge — of a member of staff ({@code userId}), or of a contractor's staff ({@code personName}
   * and {@code contractor}, no user id) — on a version of the text that exists, signed on a day not in the future.
   */
  @Transactional
  public StaffPledge record(StaffPrincipal by, String userId, String personName, String contractor, Integer version,
      LocalDate signedOn) {
    if (!mayRecord(by)) {
      throw new ActionRefused("people.error.notAllowed");
    }
    boolean contractorStaff = userId == null || userId.isBlank();
    String name = contractorStaff ? personName : staff.find(userId).map(StaffMember::displayName).orElse(null);
    if (name == null || name.isBlank() || contractorStaff && (contractor == null || contractor.isBlank())) {
      throw new ActionRefused("pledge.error.person");
    }
    if (version == null || texts.findAll().stream().noneMatch(t -> t.getVersion() == version)) {
      throw new ActionRefused("pledge.error.version");
    }
    if (signedOn == null || signedOn.isAfter(LocalDate.now(clock))) {
      throw new ActionRefused("pledge.error.signedOn");
    }
    StaffPledge pledge = pledges.save(new StaffPledge(contractorStaff ? null : userId, name.strip(),
        contractorStaff ? contractor.strip() : null, version, signedOn, by.userId(), clock.instant()));
    trail.record(by.userId(), "PLEDGE_RECORDED", CaseRef.NONE, contractorStaff ? name : userId, "v" + version, null);
    return pledge;
  }

  @Transactional(readOnly = true)
  public Page<StaffPledge> page(Pageable page) {
    return pledges.findAllByOrderBySignedOnDescIdDesc(page);
  }

  @Transactional(readOnly = true)
  public Optional<StaffPledge> latestOf(String userId) {
    return pledges.findByUserIdOrderBySignedOnDesc(userId).stream().findFirst();
  }

  /** Of the given members of staff, those who signed a pledge (one query). */
  @Transactional(readOnly = true)
  public Set<String> signedAmong(java.util.Collection<String> userIds) {
    return userIds.isEmpty() ? Set.of() : pledges.signedAmong(userIds);
  }

  /** 第20条3: the members of staff (holders of a regulation role) with no signed pledge at all, new staff first of all. */
  @Transactional(readOnly = true)
  public List<StaffMember> withoutPledge() {
    Set<String> signed = pledges.findByUserIdIsNotNull().stream().map(StaffPledge::getUserId).collect(Collectors.toSet());
    return StaffOnDuty.of(staff).stream().filter(m -> !signed.contains(m.id())).toList();
  }
}
