package jp.mamori.people;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.CurrentUser;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.primefaces.model.LazyDataModel;
import org.springframework.stereotype.Component;

/**
 * Backs training.xhtml (第20条3, 第33条; Keio 4): the pledge's text by version, the signed pledges (paged), the staff
 * without a pledge; the training sessions (paged) with their attendance, the staff who missed the yearly training.
 * The supervising manager issues texts and plans sessions; pledges are recorded by the supervising manager or an
 * information manager.
 */
@Component
@ViewScoped
public class TrainingView implements Serializable {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final transient Pledges pledges;
  private final transient Trainings trainings;
  private final transient CurrentUser currentUser;
  private final transient StaffDirectory staff;
  private transient LazyDataModel<StaffPledge> pledgeList;
  private transient LazyDataModel<TrainingSession> sessionList;
  private String textBody;
  private Date textEffectiveFrom;
  private String pledgeUserId;
  private String pledgePersonName;
  private String pledgeContractor;
  private Integer pledgeVersion;
  private Date pledgeSignedOn;
  private Date sessionHeldOn;
  private String sessionTopic;
  private String sessionMaterials;
  private Long attendanceSessionId;
  private List<String> attendees = new ArrayList<>();

  TrainingView(Pledges pledges, Trainings trainings, CurrentUser currentUser, StaffDirectory staff) {
    this.pledges = pledges;
    this.trainings = trainings;
    this.currentUser = currentUser;
    this.staff = staff;
  }

  public LazyDataModel<StaffPledge> getPledgeList() {
    if (pledgeList == null) {
      pledgeList = new PagedList<>(pledges::page, StaffPledge::getId);
    }
    return pledgeList;
  }

  public LazyDataModel<TrainingSession> getSessionList() {
    if (sessionList == null) {
      sessionList = new PagedList<>(trainings::page, TrainingSession::getId);
    }
    return sessionList;
  }

  /** The latest sessions, for recording their attendance. */
  public List<TrainingSession> getRecentSessions() {
    return trainings.page(org.springframework.data.domain.PageRequest.of(0, 50)).getContent();
  }

  public List<PledgeText> getTexts() {
    return pledges.texts();
  }

  public List<StaffMember> getWithoutPledge() {
    return pledges.withoutPledge();
  }

  public List<StaffMember> getMissedTraining() {
    return trainings.missedYearly();
  }

  public List<StaffMember> getStaff() {
    return staff.everyone();
  }

  public boolean isMayIssue() {
    return pledges.mayIssueText(currentUser.require());
  }

  public boolean isMayRecord() {
    return pledges.mayRecord(currentUser.require());
  }

  public boolean isMayPlan() {
    return trainings.mayPlan(currentUser.require());
  }

  public String attendance(TrainingSession session) {
    if (!session.isAttendanceRecorded()) {
      return Messages.text(locale(), "training.attendance.none");
    }
    List<TrainingAttendance> rows = trainings.attendanceOf(session.getId());
    long attended = rows.stream().filter(TrainingAttendance::isAttended).count();
    return Messages.text(locale(), "training.attendance.count", attended, rows.size());
  }

  public String name(String userId) {
    return userId == null ? "—" : staff.displayName(userId);
  }

  public void issueText() {
    act(() -> pledges.issueText(currentUser.require(), textBody, day(textEffectiveFrom)), "pledge.text.issued");
  }

  public void recordPledge() {
    act(() -> pledges.record(currentUser.require(), pledgeUserId, pledgePersonName, pledgeContractor,
        pledgeVersion, day(pledgeSignedOn)), "pledge.recorded");
  }

  public void plan() {
    act(() -> trainings.plan(currentUser.require(), day(sessionHeldOn), sessionTopic, sessionMaterials),
        "training.planned");
  }

  public void recordAttendance() {
    act(() -> trainings.recordAttendance(currentUser.require(), attendanceSessionId, attendees),
        "training.attendanceRecorded");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey);
      pledgeList = null;
      sessionList = null;
    } catch (ActionRefused refused) {
      Messages.refused(refused);
    }
  }

  private static java.util.Locale locale() {
    var context = jakarta.faces.context.FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null ? java.util.Locale.JAPANESE
        : context.getViewRoot().getLocale();
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toInstant().atZone(TOKYO).toLocalDate();
  }

  public String getTextBody() { return textBody; }
  public void setTextBody(String textBody) { this.textBody = textBody; }
  public Date getTextEffectiveFrom() { return textEffectiveFrom; }
  public void setTextEffectiveFrom(Date textEffectiveFrom) { this.textEffectiveFrom = textEffectiveFrom; }
  public String getPledgeUserId() { return pledgeUserId; }
  public void setPledgeUserId(String pledgeUserId) { this.pledgeUserId = pledgeUserId; }
  public String getPledgePersonName() { return pledgePersonName; }
  public void setPledgePersonName(String pledgePersonName) { this.pledgePersonName = pledgePersonName; }
  public String getPledgeContractor() { return pledgeContractor; }
  public void setPledgeContractor(String pledgeContractor) { this.pledgeContractor = pledgeContractor; }
  public Integer getPledgeVersion() { return pledgeVersion; }
  public void setPledgeVersion(Integer pledgeVersion) { this.pledgeVersion = pledgeVersion; }
  public Date getPledgeSignedOn() { return pledgeSignedOn; }
  public void setPledgeSignedOn(Date pledgeSignedOn) { this.pledgeSignedOn = pledgeSignedOn; }
  public Date getSessionHeldOn() { return sessionHeldOn; }
  public void setSessionHeldOn(Date sessionHeldOn) { this.sessionHeldOn = sessionHeldOn; }
  public String getSessionTopic() { return sessionTopic; }
  public void setSessionTopic(String sessionTopic) { this.sessionTopic = sessionTopic; }
  public String getSessionMaterials() { return sessionMaterials; }
  public void setSessionMaterials(String sessionMaterials) { this.sessionMaterials = sessionMaterials; }
  public Long getAttendanceSessionId() { return attendanceSessionId; }
  public void setAttendanceSessionId(Long attendanceSessionId) { this.attendanceSessionId = attendanceSessionId; }
  public List<String> getAttendees() { return attendees; }
  public void setAttendees(List<String> attendees) { this.attendees = attendees; }
}
