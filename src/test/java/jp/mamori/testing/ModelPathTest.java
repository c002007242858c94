package jp.mamori.testing;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.process.DeadlineSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

  /**
   * Per test instance, not static: the extension's afterAll forgets the engine's configuration, and a static field in
   * this base class would be one extension shared by every subclass, broken for all but the first class run. The
   * engine itself is built once per JVM (camunda's TestHelper caches it by configuration resource).
   */
  @RegisterExtension
  protected final ProcessEngineExtension engineExtension = ProcessEngineExtension.builder()
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
    return engineExtension.getProcessEngine();
  }

  /** Starts a case of a model as a user (the model's initiator), with the start form's values. */
  protected ProcessInstance start(String processKey, String user, Map<String, Object> values) {
    engine().getIdentityService().setAuthenticatedUserId(user);
    try {
      return engine().getRuntimeService().startProcessInstanceByKey(processKey, processKey + "-TEST", values);
    } finally {
      engine().getIdentityService().clearAuthentication();
    }
  }

  /** The case's one open task (it fails when there are several: name it then). */
  protected Task task(ProcessInstance instance) {
    return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** Completes the case's one open task with the form's values. */
  protected void complete(ProcessInstance instance, Map<String, Object> values) {
    engine().getTaskService().complete(task(instance).getId(), values);
  }

  /** Completes the open task of a model element (when several tasks are open at once). */
  protected void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    engine().getTaskService().complete(engine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult().getId(), values);
  }

  /** The job (a timer, an asynchronous step) of a model element, or null. */
  protected Job job(ProcessInstance instance, String activityId) {
    return engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).singleResult();
  }

  /** Runs the job of a model element now, as the job executor would when it is due. */
  protected void run(ProcessInstance instance, String activityId) {
    Job job = job(instance, activityId);
    if (job == null) {
      throw new AssertionError("no job at " + activityId + "; the case waits at "
          + engine().getRuntimeService().getActiveActivityIds(instance.getId()));
    }
    engine().getManagementService().executeJob(job.getId());
  }

  /** A procedure's deadlines as its settings bean would give them. */
  protected static DeadlineSettings deadlines(int reviewDays, int escalationDays) {
    return new DeadlineSettings("test", reviewDays, escalationDays);
  }
}
