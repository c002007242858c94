package jp.mamori.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18's yardstick drives Mamori with the shared bench's plan and driver, which cannot be changed for Mamori:
 * the plan's case is played here exactly as the driver sends it (its business keys, its untyped variables, the
 * task found by case and step), so a rule that refuses the driver fails here and not first in a bench run.
 */
class BenchPlanRunsTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bench-0-", "nodes-1733300000-", "restart-1733300000-"})
  @DisplayName("第12条の届出・審査・承認を、ベンチの計画と駆動の送るとおりに(自前の参照番号で)REST で最後まで進められる")
  void theBenchsPlanRunsAsItsDriverSendsIt(String keyOfTheDriver) throws IOException {
    JsonNode plan = JSON.readTree(Path.of("bench/product-plan.json").toFile());
    JsonNode start = plan.path("start");
    ObjectNode body = JSON.createObjectNode().put("businessKey", keyOfTheDriver + System.nanoTime());
    body.set("variables", typedAsTheDriverSends(start.path("vars")));

    HttpResponse<String> started = as(start).post(
        "/process-definition/key/" + plan.path("process").asText() + "/start", body.toString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String caseId = Rest.json(started).path("id").asText();

    for (JsonNode step : plan.path("steps")) {
      HttpResponse<String> found = as(step).get("/task?processInstanceId=" + caseId + "&taskDefinitionKey="
          + URLEncoder.encode(step.path("task").asText(), StandardCharsets.UTF_8));
      assertThat(Rest.json(found).size()).as(found.body()).isEqualTo(1);
      ObjectNode completion = JSON.createObjectNode();
      completion.set("variables", typedAsTheDriverSends(step.path("vars")));
      HttpResponse<String> completed = as(step).post("/task/" + Rest.json(found).get(0).path("id").asText()
          + "/complete", completion.toString());
      assertThat(completed.statusCode()).as(completed.body()).isIn(200, 204);
    }

    assertThat(taskService.createTaskQuery().processInstanceId(caseId).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(caseId)
        .taskDefinitionKey("Task_Approve").finished().count()).isEqualTo(1);
  }

  private Rest as(JsonNode step) {
    String[] user = step.path("user").asText().split(":", 2);
    return Rest.as(baseUrl(), user[0], user[1]);
  }

  /** The driver's types: a boolean is Boolean, a whole number Long, anything else its text as String. */
  private static ObjectNode typedAsTheDriverSends(JsonNode values) {
    ObjectNode variables = JSON.createObjectNode();
    values.fields().forEachRemaining(value -> {
      ObjectNode typed = variables.putObject(value.getKey());
      typed.set("value", value.getValue());
      typed.put("type", value.getValue().isBoolean() ? "Boolean" : value.getValue().isIntegralNumber() ? "Long"
          : "String");
    });
    return variables;
  }
}
