package jp.mamori.security.identity;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's identity provider when the directory is on (ADR 0024): people from the directory, groups = the
 * mapped roles, no tenants. Read-only: the engine has no writable provider, so creating or changing a user, a group
 * or a membership fails through every channel (REST answers 403 "read-only", Camunda Admin hides its forms).
 */
final class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

  private final StaffLdap ldap;
  private final RoleMapping roles;

  DirectoryIdentityProvider(StaffLdap ldap, RoleMapping roles) {
    this.ldap = ldap;
    this.roles = roles;
  }

  StaffLdap ldap() {
    return ldap;
  }

  RoleMapping roles() {
    return roles;
  }

  @Override
  public User findUserById(String userId) {
    return ldap.find(userId).orElse(null);
  }

  @Override
  public UserQuery createUserQuery() {
    return new DirectoryUserQuery(commandExecutor());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new DirectoryUserQuery();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new BadUserRequestException("The staff directory does not answer native (SQL) user queries");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return ldap.authenticate(userId, password);
  }

  @Override
  public Group findGroupById(String groupId) {
    return roles.groupIds().contains(groupId) ? new RoleGroup(groupId) : null;
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new DirectoryGroupQuery(commandExecutor());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new DirectoryGroupQuery();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery(commandExecutor());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenantQuery();
  }

  @Override
  public void flush() {
    // nothing is written
  }

  @Override
  public void close() {
    // Spring LDAP opens and closes a connection per call
  }

  static DirectoryIdentityProvider of(CommandContext commandContext) {
    return (DirectoryIdentityProvider) commandContext.getReadOnlyIdentityProvider();
  }

  /** Sorts by the query's order (the engine's property names) and cuts the page. */
  static <T> List<T> sortedPage(List<T> all, List<QueryOrderingProperty> ordering,
      Function<String, Function<T, String>> fieldOfProperty, Page page) {
    Comparator<T> order = null;
    for (QueryOrderingProperty property : ordering) {
      Function<T, String> field = fieldOfProperty.apply(property.getQueryProperty().getName());
      if (field == null) {
        continue;
      }
      Comparator<T> next = Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
      next = property.getDirection() == Direction.DESCENDING ? next.reversed() : next;
      order = order == null ? next : order.thenComparing(next);
    }
    List<T> sorted = order == null ? all : all.stream().sorted(order).toList();
    if (page == null) {
      return sorted;
    }
    int from = Math.min(page.getFirstResult(), sorted.size());
    int to = (int) Math.min((long) from + page.getMaxResults(), sorted.size());
    return sorted.subList(from, to);
  }

  private static CommandExecutor commandExecutor() {
    return Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
  }
}
