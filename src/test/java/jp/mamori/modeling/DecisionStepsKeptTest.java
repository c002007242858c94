package jp.mamori.modeling;

import static jp.mamori.modeling.ModelFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * ADR 0065: what a decision of the regulation guards runs only behind that decision, in every version a process
 * owner deploys. The shipped procedure of 第12条 (filing, the supervising manager's review, the director's approval,
 * then the purpose published) is changed the ways a process owner could get around the approval.
 */
class DecisionStepsKeptTest extends IntegrationTest {

  private static final String PROCEDURE = "newPurposeAcquisition";
  private static final String PUBLISH = "Task_PublishPurpose";
  private static final String APPROVE_TAG = "<bpmn:userTask id=\"Task_Approve\"";

  @Autowired DeploymentGate gate;
  @Autowired RepositoryService repositoryService;

  @Test
  @DisplayName("ADR 0065: 出荷した手続はすべてそのままゲートを通る")
  void everyShippedProcedurePasses() throws IOException {
    var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
    assertThat(resources).hasSizeGreaterThan(10);
    for (var resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        assertThat(bypasses(in.readAllBytes())).as(resource.getFilename()).isEmpty();
      }
    }
  }

  @Autowired DecisionSteps decisions;

  @Test
  @DisplayName("ADR 0065: 判断が守る呼出しは出荷したモデルから読む(公表は審査と承認の後、督促はいつでも)")
  void whatTheDecisionsGuard() {
    var guarded = decisions.guarded();
    assertThat(guarded.get("purposeCase.approve").steps()).extracting(DecisionStep::people)
        .containsExactlyInAnyOrder("supervising-manager", "total-manager");
    assertThat(guarded).containsKeys("outsourcingCase.concluded", "subcontractCase.permitted", "provisionCase.provided",
        "ledgerChangeCase.reviewed", "auditCase.verified", "disposalCase.extensionDecided");
    assertThat(guarded).as("reminders run before any decision; the filing is before it; settings act on no case")
        .doesNotContainKeys("remindIdleTask", "escalateIdleTask", "purposeCase.file",
            "businessCalendar.dueInBusinessDays");
  }

  @Test
  @DisplayName("第12条4: 承認の名前・説明・期限を変えた版は通る")
  void aStepReworded() {
    String approvalDue = "(purposeDeadlines.reviewDays)}\">\n      <bpmn:documentation>第12条3-4";
    String reworded = shipped().replace("name=\"総括個人情報管理者の承認\"", "name=\"院長の承認\"")
        .replace(approvalDue, approvalDue.replace("reviewDays", "escalateAfterDays"));

    assertThat(reworded).isNotEqualTo(shipped());
    assertThat(bypasses(reworded)).isEmpty();
  }

  @Test
  @DisplayName("第12条3-4: 承認から本人除外(fourEyes)を外した版は、公表の呼出しで拒否される")
  void withoutFourEyes() {
    String tasks = "<camunda:property name=\"fourEyesTasks\"";
    assertRefusedAtPublication(shipped().replace(
        "<camunda:property name=\"fourEyes\" value=\"initiator\" />\n          " + tasks, tasks));
    assertRefusedAtPublication(shipped().replace("<camunda:property name=\"fourEyesTasks\" value=\"Task_Review\" />",
        ""));
  }

  @Test
  @DisplayName("第12条4: 承認を総括個人情報管理者以外の役割に回す版、人を足す版、誰も判断しない多重インスタンスにした版は拒否される")
  void anotherRole() {
    String approve = APPROVE_TAG + " name=\"総括個人情報管理者の承認\" camunda:candidateGroups=\"total-manager\"";
    assertRefusedAtPublication(shipped().replace(approve, approve.replace("total-manager", "handler")));
    assertRefusedAtPublication(shipped().replace(approve, approve.replace("total-manager", "total-manager,handler")));
    assertRefusedAtPublication(shipped().replace(approve, approve + " camunda:candidateUsers=\"${initiator}\""));
    String out = "<bpmn:outgoing>Flow_ToApprovalDecision</bpmn:outgoing>";
    assertRefusedAtPublication(shipped().replace(out, out + "<bpmn:multiInstanceLoopCharacteristics>"
            + "<bpmn:loopCardinality>0</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>"));
  }

  @Test
  @DisplayName("第12条4: 承認のタイマーから公表へ進む道、いつでも動くイベントサブプロセスは拒否される")
  void pathsAroundTheApproval() {
    String timer = """
        <bpmn:boundaryEvent id="Timer_Around" attachedToRef="Task_Approve">
          <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="Flow_Around" sourceRef="Timer_Around" targetRef="Task_PublishPurpose" />
        """;
    assertRefusedAtPublication(shipped().replace("</bpmn:process>", timer + "</bpmn:process>"));

    String anytime = """
        <bpmn:subProcess id="Sub_Anytime" triggeredByEvent="true">
          <bpmn:startEvent id="Start_Anytime" isInterrupting="false">
            <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
          </bpmn:startEvent>
          <bpmn:sequenceFlow id="Flow_Anytime" sourceRef="Start_Anytime" targetRef="Task_Anytime" />
          <bpmn:serviceTask id="Task_Anytime" camunda:expression="${purposeCase.approve(execution)}" />
        </bpmn:subProcess>
        """;
    List<GateProblem> problems = bypasses(shipped().replace("</bpmn:process>", anytime + "</bpmn:process>"));
    assertThat(problems).extracting(GateProblem::elementId).containsOnly("Task_Anytime");
    assertThat(problems).extracting(p -> p.args().get(2)).as("the review and the approval, each missing")
        .containsExactlyInAnyOrder("supervising-manager", "total-manager");
  }

  @Test
  @DisplayName("第12条4: 承認を通らない別IDの写しを REST でデプロイすると 400 で、何もデプロイされない")
  void aCopyWithoutTheApprovalOverRest() {
    String key = "purposeWithoutApproval";
    String copy = shipped().replace("id=\"" + PROCEDURE + "\"", "id=\"" + key + "\"")
        .replace("sourceRef=\"Gateway_ReviewDecision\" targetRef=\"Task_Approve\"",
            "sourceRef=\"Gateway_ReviewDecision\" targetRef=\"Gateway_ApprovalDecision\"");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(key + ".bpmn", copy.getBytes(StandardCharsets.UTF_8));
    for (String form : List.of("purpose-notification", "purpose-review", "purpose-approval", "purpose-revision")) {
      files.put(form + ".form", classpath("forms/" + form + ".form"));
    }

    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", "decision-steps-kept", files);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(problem(Rest.json(response), "DECISION_BYPASSED", PUBLISH)).as(response.body()).isNotNull();
    assertThat(Rest.json(response).path("problems")).as(response.body())
        .allMatch(p -> p.path("rule").asText().equals("DECISION_BYPASSED"));
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
  }

  @Test
  @DisplayName("第22条: 台帳の変更の承認から本人除外を外すと、承認の完了時の記録(タスクリスナー)で拒否される")
  void aListenerOnTheStepsOwnCompletion() {
    String ledger = new String(classpath("processes/ledgerChange.bpmn"), StandardCharsets.UTF_8);
    String withoutFourEyes = ledger.replace("<camunda:property name=\"fourEyes\" value=\"initiator\" />", "");

    assertThat(withoutFourEyes).isNotEqualTo(ledger);
    assertThat(bypasses(ledger)).isEmpty();
    assertThat(bypasses(withoutFourEyes)).extracting(GateProblem::elementId, p -> p.args().get(0))
        .containsExactly(tuple("Task_Review", "ledgerChangeCase.reviewed"));
  }

  @Test
  @DisplayName("第12条3-4: 開始イベントが申請者(initiator)を記録しない版は、本人除外が効かないため拒否される")
  void theRequesterRecordedAtTheStart() {
    for (String start : List.of("", "camunda:initiator=\"filer\" ")) {
      String model = shipped().replace("camunda:initiator=\"initiator\" ", start);

      assertThat(model).isNotEqualTo(shipped());
      assertThat(bypasses(model)).extracting(GateProblem::rule, GateProblem::elementId)
          .containsExactly(tuple(GateRule.REQUESTER_NOT_RECORDED, "StartEvent_Filed"));
    }
  }

  @Test
  @DisplayName("第12条3-4: モデルは誰が行ったか(initiator、completedBy_*)を書き換えられない(入出力・結果変数・開始者の名前・呼出しの全変数)")
  void aModelNeverWritesWhoActed() {
    String filing = "<bpmn:serviceTask id=\"Task_FileNotification\" name=\"届出を登録(承認待ち)\" "
        + "camunda:expression=\"${purposeCase.file(execution)}\">";
    String output = filing + "<bpmn:extensionElements><camunda:inputOutput>"
        + "<camunda:outputParameter name=\"initiator\">nobody</camunda:outputParameter>"
        + "</camunda:inputOutput></bpmn:extensionElements>";
    String local = filing.replace("Task_FileNotification\"", "Task_FileNotification\" "
        + "camunda:resultVariable=\"completedBy_Task_Review\"");
    String starter = shipped().replace("camunda:initiator=\"initiator\"", "camunda:initiator=\"completedBy\"");
    String callAll = """
        <bpmn:callActivity id="Call_All" calledElement="newPurposeAcquisition">
          <bpmn:extensionElements><camunda:in variables="all" /></bpmn:extensionElements>
        </bpmn:callActivity>
        """;

    assertThat(writes(shipped().replace(filing, output))).containsExactly("Task_FileNotification");
    assertThat(writes(shipped().replace(filing, local))).containsExactly("Task_FileNotification");
    assertThat(writes(starter)).containsExactly("StartEvent_Filed");
    assertThat(writes(shipped().replace("</bpmn:process>", callAll + "</bpmn:process>"))).containsExactly("Call_All");
    assertThat(writes(shipped())).isEmpty();
  }

  private List<String> writes(String bpmn) {
    return gate.check(Map.of("model.bpmn", bpmn.getBytes(StandardCharsets.UTF_8))).stream()
        .filter(p -> p.rule() == GateRule.RESERVED_VARIABLE_WRITTEN).map(GateProblem::elementId).toList();
  }

  private void assertRefusedAtPublication(String bpmn) {
    assertThat(bpmn).isNotEqualTo(shipped());
    List<GateProblem> problems = bypasses(bpmn);
    assertThat(problems).extracting(GateProblem::elementId).containsExactly(PUBLISH);
    assertThat(problems.get(0).args()).first().isEqualTo("purposeCase.approve");
    assertThat(problems.get(0).args().get(1)).contains("Task_Approve");
    assertThat(problems.get(0).args().subList(2, 4)).as("the step as the Modeler shows it")
        .containsExactly("total-manager", "fourEyes=initiator, fourEyesTasks=Task_Review");
  }

  private List<GateProblem> bypasses(String bpmn) {
    return bypasses(bpmn.getBytes(StandardCharsets.UTF_8));
  }

  private List<GateProblem> bypasses(byte[] bpmn) {
    return gate.check(Map.of("model.bpmn", bpmn)).stream()
        .filter(p -> p.rule() == GateRule.DECISION_BYPASSED || p.rule() == GateRule.REQUESTER_NOT_RECORDED).toList();
  }

  private static String shipped() {
    return new String(classpath("processes/" + PROCEDURE + ".bpmn"), StandardCharsets.UTF_8);
  }

  private static byte[] classpath(String name) {
    try (InputStream in = DecisionStepsKeptTest.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
