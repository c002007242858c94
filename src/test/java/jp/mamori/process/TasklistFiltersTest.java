package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda Tasklist's shared filters show each user the tasks of their own roles and no one else's. */
class TasklistFiltersTest extends IntegrationTest {

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired TaskService taskService;

  @Test
  void theSupervisingManagerSeesTheReviewInTheRolesFilterAndTheRequesterDoesNot() {
    ProcessInstance instance = procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
        Map.of("title", "Tasklistのフィルタ", "personCount", 3L, "department", "NURSING", "urgent", false));
    String review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

    assertThat(taskIdsInFilter("privacy-lead", TasklistFilters.MY_ROLES)).contains(review);
    assertThat(taskIdsInFilter("nurse", TasklistFilters.MY_ROLES)).doesNotContain(review);
    assertThat(taskIdsInFilter("privacy-lead", TasklistFilters.MINE)).doesNotContain(review);

    taskService.claim(review, "privacy-lead");
    assertThat(taskIdsInFilter("privacy-lead", TasklistFilters.MINE)).contains(review);
  }

  private List<String> taskIdsInFilter(String user, String filterName) {
    Rest rest = Rest.as(baseUrl(), user, "demo");
    JsonNode filters = Rest.json(rest.get("/filter?resourceType=Task"));
    String filterId = null;
    for (JsonNode filter : filters) {
      if (filterName.equals(filter.path("name").asText())) {
        filterId = filter.path("id").asText();
      }
    }
    assertThat(filterId).as("filter %s visible to %s", filterName, user).isNotNull();
    List<String> ids = new ArrayList<>();
    Rest.json(rest.post("/filter/" + filterId + "/list?maxResults=1000", "{}"))
        .forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }
}
