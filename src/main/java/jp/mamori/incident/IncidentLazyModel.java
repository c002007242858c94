package jp.mamori.incident;

import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.SearchedLazyModel;
import jp.mamori.web.TableSort;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Feeds the list of boards one page at a time from the database, only the incidents the user may see. */
class IncidentLazyModel extends SearchedLazyModel<Incident> {

  /** The newest report first; 状態 as an incident runs: 報告受付, 対応中, 再発防止, then 解散済み or 格下げ. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by(Sort.Direction.DESC, "reportedAt")
      .and(Sort.by(Sort.Direction.DESC, "id"))).columns("caseKey", "awareAt", "preliminaryDueAt", "finalDueAt")
      .inDeclaredOrder("status", IncidentStatus.class);

  private final transient IncidentBoard board;
  private final StaffPrincipal user;

  IncidentLazyModel(IncidentBoard board, StaffPrincipal user) {
    super(SORT);
    this.board = board;
    this.user = user;
  }

  @Override
  protected Page<Incident> search(Pageable page) {
    return board.visibleTo(user, page);
  }

  @Override
  public String getRowKey(Incident row) {
    return String.valueOf(row.getId());
  }
}
