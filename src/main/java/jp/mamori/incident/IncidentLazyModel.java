package jp.mamori.incident;

import java.util.List;
import java.util.Map;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.TableSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the list of boards one page at a time from the database, only the incidents the user may see. */
class IncidentLazyModel extends LazyDataModel<Incident> {

  /** The newest report first; 状態 as an incident runs: 報告受付, 対応中, 再発防止, then 解散済み or 格下げ. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by(Sort.Direction.DESC, "reportedAt")
      .and(Sort.by(Sort.Direction.DESC, "id"))).columns("caseKey", "awareAt", "preliminaryDueAt", "finalDueAt")
      .inDeclaredOrder("status", IncidentStatus.class);

  private final transient IncidentBoard board;
  private final StaffPrincipal user;

  IncidentLazyModel(IncidentBoard board, StaffPrincipal user) {
    this.board = board;
    this.user = user;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, board.visibleTo(user, PageRequest.of(0, 1)).getTotalElements());
  }

  @Override
  public List<Incident> load(int first, int pageSize, Map<String, SortMeta> sortBy,
      Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, pageSize);
    return board.visibleTo(user, PageRequest.of(first / size, size, SORT.order(sortBy))).getContent();
  }

  @Override
  public String getRowKey(Incident row) {
    return String.valueOf(row.getId());
  }
}
