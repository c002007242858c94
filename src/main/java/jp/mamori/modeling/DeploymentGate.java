package jp.mamori.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Checks a deployment (docs/adr/0006-deployment-gate.md): every model in it, as the engine is about to deploy it
 * ({@link GateDeployer}). An empty list means the deployment may go ahead; otherwise nothing is deployed.
 */
@Service
public class DeploymentGate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelReferences references;
  private final DecisionSteps decisions;

  DeploymentGate(ModelReferences references, DecisionSteps decisions) {
    this.references = references;
    this.decisions = decisions;
  }

  /** A model larger than this is not a hospital's procedure but a mistake or an attack on the parser. */
  static final int MAX_MODEL_BYTES = 2 * 1024 * 1024;

  /** Resource name → content, with every rule: as a person's deployment is checked. */
  public List<GateProblem> check(Map<String, byte[]> resources) {
    return check(resources, GateScope.EVERYTHING);
  }

  List<GateProblem> check(Map<String, byte[]> all, GateScope scope) {
    List<GateProblem> problems = new ArrayList<>();
    Map<String, byte[]> resources = new LinkedHashMap<>();
    all.forEach((name, content) -> {
      if (content.length > MAX_MODEL_BYTES) {
        problems.add(new GateProblem(name, null, GateRule.TOO_LARGE, String.valueOf(content.length),
            String.valueOf(MAX_MODEL_BYTES)));
      } else {
        resources.put(name, content);
      }
    });
    Map<String, String> formIds = new LinkedHashMap<>();
    resources.forEach((name, content) -> {
      if (isForm(name)) {
        formId(name, content, problems).ifPresent(id -> formIds.put(id, name));
      }
    });
    Set<String> forms = formIds.keySet();
    resources.forEach((name, content) -> {
      if (isBpmn(name)) {
        new BpmnCheck(name, references, decisions, forms, scope, problems).check(content);
      } else if (isDmn(name)) {
        new DmnCheck(name, scope, problems).check(content);
      } else if (!isForm(name)) {
        problems.add(new GateProblem(name, null, GateRule.UNSUPPORTED_RESOURCE));
      }
    });
    return problems;
  }

  static boolean isBpmn(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }

  static boolean isDmn(String name) {
    return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
  }

  static boolean isForm(String name) {
    return name.endsWith(".form");
  }

  private static Optional<String> formId(String name, byte[] content, List<GateProblem> problems) {
    try {
      JsonNode form = JSON.readTree(new ByteArrayInputStream(content));
      String id = form == null ? null : form.path("id").asText(null);
      if (id == null || id.isBlank()) {
        problems.add(new GateProblem(name, null, GateRule.UNREADABLE, "no form id"));
        return Optional.empty();
      }
      return Optional.of(id);
    } catch (IOException e) {
      problems.add(new GateProblem(name, null, GateRule.UNREADABLE, firstLine(e.getMessage())));
      return Optional.empty();
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    return message.lines().findFirst().map(String::strip).orElse("");
  }
}
