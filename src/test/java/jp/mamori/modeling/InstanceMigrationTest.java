package jp.mamori.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.trail.AuditTrail;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Versions of a procedure and the migration of its running cases (issue #7): version 1 of the sample has a check,
 * version 2 replaces it with the director's approval. Cases started on version 1 finish on it unless migrated; a
 * migration moves only the cases that can move, after showing which cannot, and records who, when and why.
 */
class InstanceMigrationTest extends IntegrationTest {

  private static final String KEY = "versionSample";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired ProcessVersions versions;
  @Autowired InstanceMigration migration;
  @Autowired AuditTrail trail;
  @Autowired StaffDirectory staff;

  private final List<String> deploymentNames = new ArrayList<>();
  private StaffPrincipal modeler;
  private String v1;
  private String v2;

  @BeforeEach
  void twoVersions() {
    AbstractAssertions.init(engine);
    modeler = Staff.of(staff, "modeler");
    v1 = deploy("version-sample-v1.bpmn");
  }

  @AfterEach
  void removeOwnDeployments() {
    for (String name : deploymentNames) {
      repositoryService.createDeploymentQuery().deploymentName(name).list()
          .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }
  }

  @Test
  void casesStartedBeforeAChangeFinishOnTheirVersion() {
    ProcessInstance before = start("VS-BEFORE");
    v2 = deploy("version-sample-v2.bpmn");
    ProcessInstance after = start("VS-AFTER");

    complete(before, "Task_Prepare");
    complete(after, "Task_Prepare");

    assertThat(before).isWaitingAt("Task_Check");
    assertThat(after).isWaitingAt("Task_Approve");
    complete(before, "Task_Check");
    assertThat(before).isEnded().hasPassed("Task_Prepare", "Task_Check");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(after.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(v2);
  }

  @Test
  void theVersionsListShowsWhoDeployedAndHowManyCasesRunOnEach() {
    start("VS-LIST-1");
    start("VS-LIST-2");
    v2 = deploy("version-sample-v2.bpmn");

    List<ProcessVersion> list = versions.versions(modeler, KEY);

    assertThat(list).extracting(ProcessVersion::definitionId).startsWith(v2, v1);
    assertThat(list.get(0).running()).isZero();
    assertThat(list.get(1).running()).isEqualTo(2);
    assertThat(list).allSatisfy(v -> {
      assertThat(v.deployedBy()).isEqualTo("modeler");
      assertThat(v.source()).isEqualTo("Camunda Modeler");
      assertThat(v.deployedAt()).isNotNull();
    });
    ProcessVersion startUp = versions.versions(modeler, "newPurposeAcquisition").get(0);
    assertThat(startUp.deployedBy()).isNull();
    assertThat(startUp.deploymentName()).isEqualTo(VersionsView.STARTUP_DEPLOYMENT);
    assertThat(versions.diagramXml(modeler, v1)).contains("Task_Check").contains("bpmndi:BPMNDiagram");
  }

  @Test
  void theCheckShowsWhatCannotBeMigratedAndTheMigrationMovesTheRest() {
    ProcessInstance preparing = start("VS-PREPARING");
    ProcessInstance checking = start("VS-CHECKING");
    complete(checking, "Task_Prepare");
    v2 = deploy("version-sample-v2.bpmn");

    MigrationPreview preview = migration.preview(modeler, v1, v2);

    assertThat(preview.planFailures()).isEmpty();
    assertThat(preview.unmapped()).singleElement().satisfies(u -> {
      assertThat(u.activityId()).isEqualTo("Task_Check");
      assertThat(u.name()).isEqualTo("点検");
      assertThat(u.waiting()).isEqualTo(1);
    });
    assertThat(preview.blocked()).singleElement().satisfies(b -> {
      assertThat(b.businessKey()).isEqualTo("VS-CHECKING");
      assertThat(b.problems()).containsExactly("unmapped:Task_Check");
    });
    assertThat(preview.migratable()).extracting(MigrationPreview.InstanceCheck::businessKey)
        .containsExactly("VS-PREPARING");
    // the check changed nothing
    assertThat(definitionOf(preparing)).isEqualTo(v1);

    List<String> moved = migration.migrate(modeler, v1, v2, "承認者を院長に変更(第12条4)");

    assertThat(moved).containsExactly(preparing.getId());
    assertThat(definitionOf(preparing)).isEqualTo(v2);
    assertThat(definitionOf(checking)).isEqualTo(v1);
    assertThat(trail.ofCase(preparing.getId())).filteredOn(e -> "PROCESS_MIGRATED".equals(e.getAction()))
        .singleElement().satisfies(e -> {
          assertThat(e.getActor()).isEqualTo("modeler");
          assertThat(e.getReason()).isEqualTo("承認者を院長に変更(第12条4)");
          assertThat(e.getSubject()).isEqualTo(KEY + " v" + version(v1) + " → v" + version(v2));
        });
    // the migrated case goes on along the new version, the other one along the old
    complete(preparing, "Task_Prepare");
    assertThat(preparing).isWaitingAt("Task_Approve");
    complete(checking, "Task_Check");
    assertThat(checking).isEnded();
  }

  @Test
  @DisplayName("版の移行: 新しい版で名前が変わった手順の、待っているタスクは新しい名前になる")
  void aWaitingTaskTakesTheNameTheNewVersionGivesIt() {
    ProcessInstance preparing = start("VS-RENAMED");
    String name = "migration-renamed-" + UUID.randomUUID();
    deploymentNames.add(name);
    String renamed = new String(ModelFixtures.read("version-sample-v2.bpmn"), StandardCharsets.UTF_8)
        .replace("name=\"準備\"", "name=\"準備(書式を確認)\"");
    HttpResponse<String> deployed = ModelFixtures.deploy(baseUrl(), "modeler", name, Map.of(
        "version-sample-v2.bpmn", renamed.getBytes(StandardCharsets.UTF_8),
        ModelFixtures.FORM, ModelFixtures.read(ModelFixtures.FORM)));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    v2 = repositoryService.createProcessDefinitionQuery().deploymentId(Rest.json(deployed).path("id").asText())
        .singleResult().getId();

    migration.migrate(modeler, v1, v2, "手順の名前を変更");

    assertThat(taskService.createTaskQuery().processInstanceId(preparing.getId()).singleResult().getName())
        .isEqualTo("準備(書式を確認)");
  }

  @Test
  void aMigrationNeedsAReasonAndChangesNothingWithoutOne() {
    ProcessInstance instance = start("VS-NOREASON");
    v2 = deploy("version-sample-v2.bpmn");

    assertThatThrownBy(() -> migration.migrate(modeler, v1, v2, " "))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("versions.error.reason"));
    assertThat(definitionOf(instance)).isEqualTo(v1);
  }

  @Test
  void onlyProcessOwnersAndAdministratorsSeeVersionsOrMigrate() {
    start("VS-NURSE");
    v2 = deploy("version-sample-v2.bpmn");
    StaffPrincipal nurse = Staff.of(staff, "nurse");
    StaffPrincipal director = Staff.of(staff, "director");

    for (StaffPrincipal user : List.of(nurse, director, Staff.of(staff, "admin"))) {
      assertThatThrownBy(() -> versions.versions(user, KEY)).isInstanceOf(ActionRefused.class);
      assertThatThrownBy(() -> migration.preview(user, v1, v2)).isInstanceOf(ActionRefused.class);
      assertThatThrownBy(() -> migration.migrate(user, v1, v2, "試験")).isInstanceOf(ActionRefused.class);
    }
    assertThat(versions.versions(modeler, KEY)).hasSize(2);
  }

  @Test
  @DisplayName("A person migrates on the versions page only: over REST no step is skipped and no variable set (第12条3)")
  void aMigrationElsewhereIsRefusedAndMovesNothing() {
    ProcessInstance preparing = start("VS-ELSEWHERE");
    v2 = deploy("version-sample-v2.bpmn");
    Rest owner = Rest.as(baseUrl(), "modeler", ModelFixtures.PASSWORD);

    HttpResponse<String> pastTheStep = owner.post("/migration/execute", plan(v1, v1, "Task_Prepare", "Task_Check",
        "") + ", \"processInstanceIds\": [\"" + preparing.getId() + "\"]}");
    assertRefusedElsewhere(pastTheStep);
    HttpResponse<String> withVariables = owner.post("/migration/execute", plan(v1, v2, "Task_Prepare",
        "Task_Prepare", ", \"variables\": {\"decision\": {\"value\": \"approved\"}}")
        + ", \"processInstanceIds\": [\"" + preparing.getId() + "\"]}");
    assertRefusedElsewhere(withVariables);
    HttpResponse<String> asABatch = owner.post("/migration/executeAsync", plan(v1, v2, "Task_Prepare",
        "Task_Prepare", "") + ", \"processInstanceIds\": [\"" + preparing.getId() + "\"]}");
    assertRefusedElsewhere(asABatch);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'modeler' and action = ?"
        + " and subject = 'versions.error.elsewhere' and detail like '%/migration/execute%'", Integer.class,
        AuditTrail.REFUSED)).as("the refusals in the trail").isGreaterThanOrEqualTo(2);

    identityService.setAuthentication("modeler", List.of("process-owner"));
    try {
      assertThatThrownBy(() -> runtimeService.newMigration(runtimeService.createMigrationPlan(v1, v2)
              .mapEqualActivities().build()).processInstanceIds(preparing.getId()).execute())
          .isInstanceOfSatisfying(ActionRefused.class,
              e -> assertThat(e.messageKey()).isEqualTo("versions.error.elsewhere"));
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(definitionOf(preparing)).isEqualTo(v1);
    assertThat(preparing).isWaitingAt("Task_Prepare");
    assertThat(runtimeService.getVariable(preparing.getId(), "decision")).isNull();
    assertThat(migration.migrate(modeler, v1, v2, "承認者を院長に変更(第12条4)")).containsExactly(preparing.getId());
    assertThat(definitionOf(preparing)).isEqualTo(v2);
  }

  private static String plan(String source, String target, String from, String to, String more) {
    return "{\"migrationPlan\": {\"sourceProcessDefinitionId\": \"" + source + "\", \"targetProcessDefinitionId\": \""
        + target + "\", \"instructions\": [{\"sourceActivityIds\": [\"" + from + "\"], \"targetActivityIds\": [\""
        + to + "\"]}]" + more + "}";
  }

  private static void assertRefusedElsewhere(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("versions.error.elsewhere").contains("版の管理");
  }

  @Test
  void versionsOfDifferentProceduresCannotBePaired() {
    String other = repositoryService.createProcessDefinitionQuery().processDefinitionKey("sampleApproval")
        .latestVersion().singleResult().getId();

    assertThatThrownBy(() -> migration.preview(modeler, v1, other))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("versions.error.pair"));
  }

  private String deploy(String file) {
    String name = "version-test-" + UUID.randomUUID();
    deploymentNames.add(name);
    HttpResponse<String> response = ModelFixtures.deploy(baseUrl(), "modeler", name, ModelFixtures.withForm(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String deploymentId = Rest.json(response).path("id").asText();
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
  }

  private ProcessInstance start(String businessKey) {
    return runtimeService.startProcessInstanceByKey(KEY, businessKey);
  }

  private void complete(ProcessInstance instance, String taskKey) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult().getId());
  }

  private String definitionOf(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private int version(String definitionId) {
    return repositoryService.getProcessDefinition(definitionId).getVersion();
  }
}
