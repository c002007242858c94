package jp.mamori.security.identity;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's group query when the directory is on: the groups are the mapped roles; a member's groups come from
 * their {@code memberOf}. The engine asks this for a user's candidate tasks.
 */
final class DirectoryGroupQuery extends GroupQueryImpl {

  private static final long serialVersionUID = 1L;

  DirectoryGroupQuery() {
    super();
  }

  DirectoryGroupQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return find(DirectoryIdentityProvider.of(commandContext)).size();
  }

  @Override
  public List<Group> executeList(CommandContext commandContext, Page page) {
    List<Group> groups = find(DirectoryIdentityProvider.of(commandContext));
    return DirectoryIdentityProvider.sortedPage(groups, getOrderingProperties(), DirectoryGroupQuery::field, page);
  }

  private List<Group> find(DirectoryIdentityProvider provider) {
    if (tenantId != null || procDefId != null) {
      return List.of();
    }
    Stream<String> candidates = userId == null ? provider.roles().groupIds().stream()
        : provider.ldap().find(userId).map(u -> provider.roles().groupIdsOf(u.memberOf()).stream())
            .orElseGet(Stream::empty);
    return candidates.map(RoleGroup::new)
        .filter(g -> id == null || id.equals(g.getId()))
        .filter(g -> ids == null || Arrays.asList(ids).contains(g.getId()))
        .filter(g -> name == null || name.equals(g.getName()))
        .filter(g -> nameLike == null || like(nameLike).matcher(g.getName()).matches())
        .filter(g -> type == null || type.equals(g.getType()))
        .<Group>map(g -> g)
        .toList();
  }

  private static Pattern like(String sqlPattern) {
    StringBuilder regex = new StringBuilder();
    for (String part : sqlPattern.split("%", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  private static Function<Group, String> field(String property) {
    if (property.equals(GroupQueryProperty.GROUP_ID.getName())) {
      return Group::getId;
    }
    if (property.equals(GroupQueryProperty.NAME.getName())) {
      return Group::getName;
    }
    if (property.equals(GroupQueryProperty.TYPE.getName())) {
      return Group::getType;
    }
    return null;
  }
}
