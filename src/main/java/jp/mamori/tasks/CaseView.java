package jp.mamori.tasks;

import jp.mamori.web.LocaleSelection;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import jp.mamori.notification.Notifications;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.PatientDataReads;
import jp.mamori.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * Backs case.xhtml: one case for the people on it ({@link CaseAccess}); anyone else gets 403, a case that does not
 * exist 404, whatever path reached the view.
 */
@Component
@ViewScoped
public class CaseView implements Serializable {

  private final transient CaseFile cases;
  private final transient CaseAccess access;
  private final transient CurrentUser currentUser;
  private final transient PatientDataReads patientDataReads;
  private final transient Notifications notifications;

  private String id;
  private CaseFile.Summary summary;

  CaseView(CaseFile cases, CaseAccess access, CurrentUser currentUser, PatientDataReads patientDataReads,
      Notifications notifications) {
    this.patientDataReads = patientDataReads;
    this.notifications = notifications;
    this.cases = cases;
    this.access = access;
    this.currentUser = currentUser;
  }

  public void load() {
    if (summary != null) {
      return;
    }
    String processInstanceId = cases.find(id).orElse(null);
    if (processInstanceId == null) {
      refuse(404);
      return;
    }
    if (!access.mayRead(currentUser.require(), processInstanceId)) {
      refuse(403);
      return;
    }
    StaffPrincipal user = currentUser.require();
    summary = cases.of(user, processInstanceId, LocaleSelection.current());
    patientDataReads.caseViewed(processInstanceId, "case.xhtml");
    notifications.openedCase(user.userId(), processInstanceId);
  }

  private static void refuse(int status) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CaseFile.Summary getSummary() {
    return summary;
  }
}
