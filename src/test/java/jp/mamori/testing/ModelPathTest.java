package jp.mamori.testing;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.process.DeadlineSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the fast model-path tests: one procedure's model on camunda-bpm-junit5's in-memory engine
 * (model-paths.camunda.cfg.xml), no Spring, the glue beans mocked. The tests drive every path of the model — each
 * gateway's branch, each timer — in seconds for a whole model, and check which glue method each element calls; what
 * the glue does with the database is the process test's business ({@link ProcessTest}). Tagged {@code once}:
 * nothing here touches the app's database, so the MariaDB pass skips it.
 *
 * <p>The platform's beans every model names are registered here: the business calendar (a due date {@code n} days
 * ahead, so timers can be told apart) and the reminder and escalation delegates (mocks, to verify).
 */
@Tag("once")
public abstract class ModelPathTest {

  @RegisterExtension
  protected static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
      .configurationResource("model-paths.camunda.cfg.xml").build();

  protected final JavaDelegate remindIdleTask = mock(JavaDelegate.class);
  protected final JavaDelegate escalateIdleTask = mock(JavaDelegate.class);
  protected final Instant now = Instant.now();

  @BeforeEach
  void platformBeans() {
    AbstractAssertions.init(engine());
    BusinessCalendar calendar = mock(BusinessCalendar.class);
    when(calendar.dueInBusinessDays(anyInt()))
        .thenAnswer(call -> Date.from(now.plus(Duration.ofDays(call.<Integer>getArgument(0)))));
    Mocks.register("businessCalendar", calendar);
    Mocks.register("remindIdleTask", remindIdleTask);
    Mocks.register("escalateIdleTask", escalateIdleTask);
  }

  @AfterEach
  void forgetBeans() {
    Mocks.reset();
  }

  protected ProcessEngine engine() {
    return ENGINE.getProcessEngine();
  }

  /** A procedure's deadlines as its settings bean would give them. */
  protected static DeadlineSettings deadlines(int reviewDays, int escalationDays) {
    return new DeadlineSettings("test", reviewDays, escalationDays);
  }
}
