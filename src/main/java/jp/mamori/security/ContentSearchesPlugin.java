package jp.mamori.security;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.process.CommandFields;
import jp.mamori.process.PersonsCommandRule;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.ExecutionQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.query.Query;
import org.springframework.stereotype.Component;

/**
 * The engine's queries of cases and tasks by a person ({@code /engine-rest}, Tasklist's engine API, the Java API with
 * a login) filter or sort by variables only within procedures whose content the person reads ({@link ContentSearches},
 * ADR 0062). The queries are the engine's commands; this looks at each before the engine runs it. Queries of the
 * variables themselves are the engine's own need-to-know check (ADR 0007) and are not touched.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} classes (an exception to ADR 0001).
 */
@Component
class ContentSearchesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PersonsCommandRule.install(configuration, new ContentSearchCheck(configuration));
  }

  /** What one kind of query asks of the content, and which procedures it is limited to. */
  private record Search(boolean byContent, Permission permission, Set<String> keys, Set<String> definitionIds) {}

  private static final class ContentSearchCheck extends PersonsCommandRule {

    private static final Field FILTER_ID = CommandFields.of(AbstractExecuteFilterCmd.class, "filterId");
    private static final Field EXTENDING_QUERY = CommandFields.of(AbstractExecuteFilterCmd.class, "extendingQuery");

    ContentSearchCheck(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected <T> T asked(Authentication person, Command<T> command) {
      Search search = searchOf(command instanceof AbstractExecuteFilterCmd filtered ? filterQuery(filtered) : command);
      if (search != null && search.byContent()) {
        Set<String> keys = new LinkedHashSet<>(search.keys());
        search.definitionIds().forEach(id -> keys.add(keyOf(id)));
        keys.remove(null);
        ContentSearches.require(configuration.getAuthorizationService(), person.getUserId(),
            person.getGroupIds() == null ? List.of() : person.getGroupIds(), search.permission(), keys);
      }
      return next.execute(command);
    }

    /**
     * The query a saved filter runs, extended by the caller's criteria (Tasklist's search): the engine runs it inside
     * the filter's command, where no query command of its own passes this rule.
     */
    private Object filterQuery(AbstractExecuteFilterCmd command) {
      String filterId = (String) CommandFields.read(FILTER_ID, command);
      Query<?, ?> extending = (Query<?, ?>) CommandFields.read(EXTENDING_QUERY, command);
      Filter filter = lookup(context -> context.getFilterManager().findFilterById(filterId));
      if (filter == null) {
        return null;
      }
      return extending == null ? filter.getQuery() : filter.extend(extending).getQuery();
    }

    private static Search searchOf(Object command) {
      if (command instanceof TaskQueryImpl query) {
        boolean byContent = sortsByVariable(query)
            || query.getQueries().stream().anyMatch(q -> !q.getVariables().isEmpty());
        return new Search(byContent, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
            keys(query.getProcessDefinitionKey(), query.getProcessDefinitionKeys()),
            ids(query.getProcessDefinitionId()));
      }
      if (command instanceof HistoricTaskInstanceQueryImpl query) {
        boolean byContent = sortsByVariable(query)
            || query.getQueries().stream().anyMatch(q -> !q.getVariables().isEmpty());
        return new Search(byContent, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
            keys(query.getProcessDefinitionKey(), null), ids(query.getProcessDefinitionId()));
      }
      if (command instanceof HistoricProcessInstanceQueryImpl query) {
        boolean byContent = sortsByVariable(query)
            || query.getQueries().stream().anyMatch(q -> !q.getQueryVariableValues().isEmpty());
        return new Search(byContent, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
            keys(query.getProcessDefinitionKey(), query.getProcessDefinitionKeys()),
            ids(query.getProcessDefinitionId()));
      }
      if (command instanceof ProcessInstanceQueryImpl query) {
        boolean byContent = sortsByVariable(query)
            || query.getQueries().stream().anyMatch(q -> !q.getQueryVariableValues().isEmpty());
        return new Search(byContent, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            keys(query.getProcessDefinitionKey(), query.getProcessDefinitionKeys()),
            ids(query.getProcessDefinitionId()));
      }
      if (command instanceof ExecutionQueryImpl query) {
        return new Search(byVariables(query) || sortsByVariable(query),
            ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, keys(query.getProcessDefinitionKey(), null),
            ids(query.getProcessDefinitionId()));
      }
      return null;
    }

    private static boolean byVariables(AbstractVariableQueryImpl<?, ?> query) {
      return !query.getQueryVariableValues().isEmpty();
    }

    private static boolean sortsByVariable(ListQueryParameterObject query) {
      return query.getOrderingProperties().stream()
          .anyMatch(order -> QueryOrderingProperty.RELATION_VARIABLE.equals(order.getRelation()));
    }

    private static Set<String> keys(String key, String[] keys) {
      Set<String> all = new LinkedHashSet<>();
      if (key != null) {
        all.add(key);
      }
      if (keys != null) {
        all.addAll(Arrays.asList(keys));
      }
      return all;
    }

    private static Set<String> ids(String id) {
      return id == null ? Set.of() : Set.of(id);
    }
  }
}
