package jp.mamori.request;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
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
  private String key;
  private String withdrawReason;
  private Optional<PatientRequest> request;

  RequestView(RequestAccess access, Requests requests, Letters letters, CurrentUser currentUser,
      StaffDirectory staff, java.time.Clock clock) {
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

  public List<RequestLetter> getLetters() {
    return getRequest() == null ? List.of() : letters.of(getRequest());
  }

  public boolean isMayWithdraw() {
    return getRequest() != null && getRequest().getStatus().isOpen()
        && currentUser.has("medical-affairs-desk");
  }

  public void withdraw() {
    try {
      requests.withdraw(currentUser.require(), key, withdrawReason);
      request = null;
      Messages.info("request.withdrawn");
    } catch (ActionRefused refused) {
      Messages.refused(refused);
    }
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

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  private static String remoteAddress() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null ? null
        : ((HttpServletRequest) context.getExternalContext().getRequest()).getRemoteAddr();
  }
}
