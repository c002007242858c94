package jp.mamori.request;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.time.Clock;
import jp.mamori.security.CurrentUser;
import org.primefaces.model.LazyDataModel;
import org.springframework.stereotype.Component;

/**
 * Backs requests.xhtml: the requests register (kind, status, received, due, outcome — no patient's name), paged in
 * the database, open ones or all; for the desk and the deciders ({@link RequestAccess#mayList}).
 */
@Component
@ViewScoped
public class RequestListView implements Serializable {

  private final transient PatientRequestRepository repository;
  private final transient RequestAccess access;
  private final transient CurrentUser currentUser;
  private final transient Clock clock;
  private boolean openOnly = true;
  private transient LazyDataModel<PatientRequest> model;

  RequestListView(PatientRequestRepository repository, RequestAccess access, CurrentUser currentUser, Clock clock) {
    this.repository = repository;
    this.access = access;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  public LazyDataModel<PatientRequest> getModel() {
    if (model == null) {
      model = new RequestLazyModel(repository, this::isOpenOnly, access.mayList(currentUser.require()));
    }
    return model;
  }

  public boolean overdue(PatientRequest request) {
    return request.isOverdue(clock.instant());
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }
}
