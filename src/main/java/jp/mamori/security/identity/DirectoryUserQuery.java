package jp.mamori.security.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.ldap.filter.AndFilter;
import org.springframework.ldap.filter.EqualsFilter;
import org.springframework.ldap.filter.Filter;
import org.springframework.ldap.filter.LikeFilter;
import org.springframework.ldap.filter.OrFilter;

/** The engine's user query, answered by one directory search; the criteria become the LDAP filter. */
final class DirectoryUserQuery extends UserQueryImpl {

  private static final long serialVersionUID = 1L;

  DirectoryUserQuery() {
    super();
  }

  DirectoryUserQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return find(DirectoryIdentityProvider.of(commandContext)).size();
  }

  @Override
  public List<User> executeList(CommandContext commandContext, Page page) {
    List<User> users = find(DirectoryIdentityProvider.of(commandContext));
    return DirectoryIdentityProvider.sortedPage(users, getOrderingProperties(), DirectoryUserQuery::field, page);
  }

  private List<User> find(DirectoryIdentityProvider provider) {
    return criteria(provider).<List<User>>map(f -> List.copyOf(provider.ldap().search(f))).orElse(List.of());
  }

  /** Empty when nothing can match: a group that is not mapped, a tenant, a process's potential starters. */
  private Optional<Filter> criteria(DirectoryIdentityProvider provider) {
    DirectorySettings settings = provider.ldap().settings();
    AndFilter filter = new AndFilter();
    if (tenantId != null || procDefId != null) {
      return Optional.empty();
    }
    equal(filter, settings.getUserIdAttribute(), id);
    if (ids != null) {
      OrFilter anyOf = new OrFilter();
      Arrays.stream(ids).forEach(i -> anyOf.or(new EqualsFilter(settings.getUserIdAttribute(), i)));
      filter.and(anyOf);
    }
    equal(filter, settings.getFirstNameAttribute(), firstName);
    like(filter, settings.getFirstNameAttribute(), firstNameLike);
    equal(filter, settings.getLastNameAttribute(), lastName);
    like(filter, settings.getLastNameAttribute(), lastNameLike);
    equal(filter, settings.getEmailAttribute(), email);
    like(filter, settings.getEmailAttribute(), emailLike);
    if (groupId != null) {
      Optional<String> group = provider.roles().directoryGroup(groupId);
      if (group.isEmpty()) {
        return Optional.empty();
      }
      filter.and(new EqualsFilter(settings.getMemberOfAttribute(), group.get()));
    }
    return Optional.of(filter);
  }

  private static void equal(AndFilter filter, String attribute, String value) {
    if (value != null) {
      filter.and(new EqualsFilter(attribute, value));
    }
  }

  /** The engine's wildcard is SQL's {@code %}; LDAP's is {@code *}. */
  private static void like(AndFilter filter, String attribute, String pattern) {
    if (pattern != null) {
      filter.and(new LikeFilter(attribute, pattern.replace('%', '*')));
    }
  }

  private static Function<User, String> field(String property) {
    if (property.equals(UserQueryProperty.USER_ID.getName())) {
      return User::getId;
    }
    if (property.equals(UserQueryProperty.FIRST_NAME.getName())) {
      return User::getFirstName;
    }
    if (property.equals(UserQueryProperty.LAST_NAME.getName())) {
      return User::getLastName;
    }
    if (property.equals(UserQueryProperty.EMAIL.getName())) {
      return User::getEmail;
    }
    return null;
  }
}
