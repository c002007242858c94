package jp.mamori.incident;

import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.SearchedLazyModel;
import jp.mamori.web.TableSort;
import org.springframework.data.domain.Sort;

/** Feeds the list of boards one page at a time from the database, only the incidents the user may see. */
class IncidentLazyModel extends SearchedLazyModel<Incident> {

  /** The newest report first; 状態 as an incident runs: 報告受付, 対応中, 再発防止, then 解散済み or 格下げ. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by(Sort.Direction.DESC, "reportedAt")
      .and(Sort.by(Sort.Direction.DESC, "id"))).columns("caseKey", "awareAt", "preliminaryDueAt", "finalDueAt")
      .inDeclaredOrder("status", IncidentStatus.class);

  IncidentLazyModel(IncidentBoard board, StaffPrincipal user) {
    super(SORT, page -> board.visibleTo(user, page), Incident::getId);
  }
}
