package jp.mamori.request;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.CurrentUser;
import jp.mamori.trail.PatientDataAccess.Channel;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Backs request.xhtml?key=…: one request with its entries, decision, fee and letters (reprintable), for the people
 * who need to know it ({@link RequestAccess}); each view is access-logged. The desk records a withdrawal here.
 */
@Component
@RequestScope
public class RequestView {

  private final RequestAccess access;
  private final Requests requests;
  private final Letters letters;
  private final CurrentUser currentUser;
  private final StaffDirectory staff;
  private final java.time.Clock clock;
  private final DepartmentRepository departments;
  private String key;
  private String withdrawReason;
  private String appealReason;
  private Date appealReceivedOn;
  private Optional<PatientRequest> request;
  private List<LetterLink> letterLinks;

  RequestView(RequestAccess access, Requests requests, Letters letters, CurrentUser currentUser,
      StaffDirectory staff, java.time.Clock clock, DepartmentRepository departments) {
    this.departments = departments;
    this.clock = clock;
    this.access = access;
    this.requests = requests;
    this.letters = letters;
    this.currentUser = currentUser;
    this.staff = staff;
  }

  public PatientRequest getRequest() {
    if (request == null) {
      request = access.view(currentUser.require(), key, "request.xhtml", remoteAddress(), Channel.APP);
    }
    return request.orElse(null);
  }

  public List<RequestEntry> getEntries() {
    return getRequest() == null ? List.of() : requests.entriesOf(getRequest());
  }

  /** Read once per page view: the page asks for the list more than once while it is rendered. */
  public List<LetterLink> getLetters() {
    if (letterLinks == null) {
      letterLinks = getRequest() == null ? List.of() : letters.of(getRequest());
    }
    return letterLinks;
  }

  public boolean isMayWithdraw() {
    return getRequest() != null && getRequest().getStatus().isOpen()
        && currentUser.has("medical-affairs-desk");
  }

  public void withdraw() {
    try {
      requests.withdraw(currentUser.require(), key, withdrawReason);
      request = null;
      letterLinks = null;
      Messages.info("request.withdrawn");
    } catch (ActionRefused refused) {
      Messages.refused(refused);
    }
  }

  /** Keio 32: the desk registers an appeal while the answered case awaits one. */
  public boolean isMayAppeal() {
    return getRequest() != null && getRequest().getStatus() == RequestStatus.ANSWERED
        && currentUser.has("medical-affairs-desk") && requests.awaitsAppeal(key);
  }

  public void appeal() {
    try {
      requests.appeal(currentUser.require(), key, appealReceivedOn == null ? null
          : appealReceivedOn.toInstant().atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate(), appealReason);
      request = null;
      letterLinks = null;
      Messages.info("request.appealed");
    } catch (ActionRefused refused) {
      Messages.refused(refused);
    }
  }

  /** The documents seen, by their labels (第32条2), e.g. 「本人確認書類、委任状」. */
  public String documents(PatientRequest r) {
    return r.getDocumentsSeen() == null || r.getDocumentsSeen().isBlank() ? "—"
        : java.util.Arrays.stream(r.getDocumentsSeen().split(","))
            .map(d -> Messages.text(locale(), "request.document." + d.trim())).collect(Collectors.joining("、"));
  }

  /** A code of a form's choice by its label ({@code request.<group>.<code>}), "—" when absent. */
  public String label(String group, String code) {
    return code == null || code.isBlank() ? "—" : Messages.text(locale(), "request." + group + "." + code);
  }

  /** A department by its name (its code when unknown). */
  public String department(String code) {
    return code == null ? "—" : departments.nameOf(code, locale());
  }

  /** 「開示決定通知書 (PDF)」: the letter's human title. */
  public String letterTitle(LetterLink letter) {
    return Messages.text(locale(), letter.titleKey());
  }

  public boolean overdue(PatientRequest r) {
    return r.isOverdue(clock.instant());
  }

  public String name(String userId) {
    return userId == null ? "—" : staff.displayName(userId);
  }

  public Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getAppealReason() {
    return appealReason;
  }

  public void setAppealReason(String appealReason) {
    this.appealReason = appealReason;
  }

  public Date getAppealReceivedOn() {
    return appealReceivedOn;
  }

  public void setAppealReceivedOn(Date appealReceivedOn) {
    this.appealReceivedOn = appealReceivedOn;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  private static java.util.Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null ? java.util.Locale.JAPANESE
        : context.getViewRoot().getLocale();
  }

  private static String remoteAddress() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null ? null
        : ((HttpServletRequest) context.getExternalContext().getRequest()).getRemoteAddr();
  }
}
