package jp.mamori.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's history keeps each variable's last value, not a copy of the value at every change (ADR 0049, issue 18).
 *
 * <p>At the history level {@code full} the engine writes, for every variable written, a "detail" row holding the
 * value as it was then, beside the variable's history row that holds its last value. A new-purpose case writes about
 * thirty rows: the whole filing form (第12条) once more, and the checklists' JSON once more as byte arrays. Nothing in
 * Mamori reads them (the case page and the dashboard read the variables and the trail), Cockpit's free edition shows
 * no history, and they are copies of what was filed, kept beyond what the purpose needs (第19条: personal information
 * is managed within the range its purpose needs). Who changed a variable, a task or a case stays in Camunda's user
 * operation log, who decided what and why in the trail, and every other history row of {@code full} is written as
 * before.
 *
 * <p>The level keeps {@code full}'s id, so a database set up at {@code full} starts unchanged and
 * {@code mamori.process.last-value-history: false} returns to {@code full} at any time. Like the other engine plugins
 * it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
@ConditionalOnProperty(name = "mamori.process.last-value-history", matchIfMissing = true)
class LastValueHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final HistoryLevel LAST_VALUE = new LastValueHistory();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(LAST_VALUE);
    configuration.setCustomHistoryLevels(custom);
    // the starter names the level "full" from camunda.bpm.history-level; the engine takes a level set as an object first
    configuration.setHistoryLevel(LAST_VALUE);
  }

  /** {@code full} without the rows of {@link HistoryEventTypes#VARIABLE_INSTANCE_UPDATE_DETAIL}. */
  static class LastValueHistory extends HistoryLevelFull {

    @Override
    public String getName() {
      return "full-last-value";
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;
    }
  }
}
