package jp.mamori.security;

import java.util.stream.Stream;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the tests that try a rule on each channel ({@link Channels}) against cases of the sample model
 * (申請 → 申請内容の確認 by the supervising manager, four-eyes on the initiator).
 */
abstract class SampleCaseChannelTest extends IntegrationTest {

  static final String SAMPLE = "/process-definition/key/sampleApproval";

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  static Stream<String> channels() {
    return Channels.names();
  }

  Channels.Door door(String channel, String user) {
    return Channels.of(channel, baseUrl(), user);
  }

  ProcessInstance start(String user, String title) {
    return procedures.start(Staff.of(staff, user), "sampleApproval", SecurityTestUsers.sampleRequest(title));
  }

  Task review(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Review")
        .singleResult();
  }
}
