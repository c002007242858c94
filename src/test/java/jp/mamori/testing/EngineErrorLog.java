package jp.mamori.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the engine logged at ERROR for a failed command (its logger {@code org.camunda.bpm.engine.context}) while a
 * block ran: an operator's alert on ERROR must fire for a server's failure, not for a user's refused input.
 */
public final class EngineErrorLog {

  private static final String COMMAND_LOGGER = "org.camunda.bpm.engine.context";

  private EngineErrorLog() {}

  /** Runs the block (a refusal it throws is the caller's to assert first) and returns the ERROR lines meanwhile. */
  public static List<String> during(Runnable block) {
    Logger engineContext = (Logger) LoggerFactory.getLogger(COMMAND_LOGGER);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    engineContext.addAppender(log);
    try {
      block.run();
    } finally {
      engineContext.detachAppender(log);
    }
    return log.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
        .map(ILoggingEvent::getFormattedMessage).toList();
  }
}
