package jp.mamori.request;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Backs requests.xhtml: the requests register (kind, status, received, due, outcome — no patient's name), paged in
 * the database, open ones or all; for the desk and the deciders ({@link RequestAccess#mayList}).
 */
@Component
@ViewScoped
public class RequestListView implements Serializable {

  private static final Set<String> SORTABLE = Set.of("caseKey", "kind", "status", "receivedOn", "dueAt");

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
      boolean allowed = access.mayList(currentUser.require());
      model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return allowed ? (int) repository.countListed(openOnly) : 0;
        }

        @Override
        public List<PatientRequest> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          if (!allowed) {
            return List.of();
          }
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          Sort order = sort == null || !SORTABLE.contains(sort.getField()) ? Sort.by("dueAt").and(Sort.by("id"))
              : Sort.by(sort.getOrder() == SortOrder.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC,
                  sort.getField()).and(Sort.by("id"));
          int size = Math.max(1, pageSize);
          return repository.listed(openOnly, PageRequest.of(first / size, size, order))
              .getContent();
        }

        @Override
        public String getRowKey(PatientRequest row) {
          return String.valueOf(row.getId());
        }
      };
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
