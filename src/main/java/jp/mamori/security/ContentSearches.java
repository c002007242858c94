package jp.mamori.security;

import java.util.Collection;
import java.util.List;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * A search by a case's content — its variables as a filter or a sort order — answers only within cases whose content
 * the person may read (ADR 0062). A filter is a question about the content: an executive who may see that a
 * complaint exists but not who made it learned the complainant's name from {@code complainantName like 山田%} (one
 * case) against {@code like 佐藤%} (none), letter by letter. The searcher names the procedures (by key or version)
 * and must read the content of each by procedure; a search over every procedure needs that right on all of them.
 */
final class ContentSearches {

  static final String REFUSED = "search.error.content";

  private ContentSearches() {}

  /**
   * Refuses a content search unless the person may read, with {@code permission}, the content of each procedure the
   * search is limited to ({@code keys}; empty: not limited, so every procedure).
   */
  static void require(AuthorizationService authorizations, String userId, List<String> groupIds,
      Permission permission, Collection<String> keys) {
    Collection<String> asked = keys.isEmpty() ? List.of("*") : keys;
    for (String key : asked) {
      if (!authorizations.isUserAuthorized(userId, groupIds, permission, Resources.PROCESS_DEFINITION, key)) {
        throw new ActionRefused(REFUSED);
      }
    }
  }
}
