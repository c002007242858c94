package jp.mamori.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.testing.Rest;

/** The models under src/test/resources/modeling, and deployments of them as the Camunda Modeler sends them. */
final class ModelFixtures {

  static final String PASSWORD = "demo";
  static final String FORM = "gate-sample.form";

  private ModelFixtures() {}

  static byte[] read(String name) {
    try (InputStream in = ModelFixtures.class.getResourceAsStream("/modeling/" + name)) {
      if (in == null) {
        throw new IllegalStateException("fixture missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model and the sample form, as the Modeler deploys a diagram with "Include additional files". */
  static Map<String, byte[]> withForm(String model) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(model, read(model));
    files.put(FORM, read(FORM));
    return files;
  }

  /** The fields the Camunda Modeler (5.x, Camunda 7 target) sends with every deployment. */
  static HttpResponse<String> deploy(String baseUrl, String user, String deploymentName, Map<String, byte[]> files) {
    return deploy(baseUrl, "/deployment/create", user, deploymentName, files);
  }

  static HttpResponse<String> deploy(String baseUrl, String path, String user, String deploymentName,
      Map<String, byte[]> files) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", deploymentName);
    fields.put("deploy-changed-only", "true");
    fields.put("deployment-source", "Camunda Modeler");
    return Rest.as(baseUrl, user, PASSWORD).postMultipart(path, fields, files);
  }

  /** The problem of the refusal's body with this rule at this element (null: at no element), or null. */
  static JsonNode problem(JsonNode body, String rule, String elementId) {
    for (JsonNode p : body.path("problems")) {
      boolean sameElement = elementId == null ? p.path("elementId").isNull() || p.path("elementId").isMissingNode()
          : elementId.equals(p.path("elementId").asText());
      if (rule.equals(p.path("rule").asText()) && sameElement) {
        return p;
      }
    }
    return null;
  }
}
