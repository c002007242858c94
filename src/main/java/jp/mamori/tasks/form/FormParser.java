package jp.mamori.tasks.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Reads the JSON {@code .form} files that Camunda Modeler writes. */
public final class FormParser {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  /** Groups only arrange their children; the children are what the user fills in. */
  private static final String GROUP = "group";

  /** Pure layout carries neither data nor content, and the page has its own submit button. */
  private static final Set<String> LAYOUT_ONLY = Set.of("spacer", "separator", "button");

  private FormParser() {
  }

  /**
   * @param json the form file; the caller keeps it and closes it
   * @throws InvalidFormException if the stream does not hold a form
   */
  public static FormDefinition parse(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return toDefinition(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the form", e);
    }
  }

  /** @throws InvalidFormException if the text is not a form */
  public static FormDefinition parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return toDefinition(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private static InvalidFormException malformed(JsonProcessingException e) {
    var location = e.getLocation();
    String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    return new InvalidFormException("The form is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
  }

  private static FormDefinition toDefinition(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidFormException("The form must be a JSON object, but the file is empty or holds something else");
    }
    JsonNode components = root.get("components");
    if (components == null || !components.isArray()) {
      throw new InvalidFormException("The form has no \"components\" array, so it is not a Camunda Form");
    }
    String formId = FormFieldReader.text(root, "id");
    List<FormField> fields = new ArrayList<>();
    collectFields(components, fields);
    requireUnique(formId, fields, FormField::id, "id");
    requireUnique(formId, fields, FormField::key, "key");
    return new FormDefinition(formId, fields);
  }

  private static void collectFields(JsonNode components, List<FormField> into) {
    for (JsonNode component : components) {
      String type = FormFieldReader.text(component, "type");
      if (GROUP.equals(type)) {
        collectFields(component.path("components"), into);
      } else if (type == null || !LAYOUT_ONLY.contains(type)) {
        into.add(FormFieldReader.read(component));
      }
    }
  }

  /** Two fields with one key would both write the same variable; two with one id cannot be told apart. */
  private static void requireUnique(String formId, List<FormField> fields, Function<FormField, String> property,
                   String propertyName) {
    Map<String, FormField> firstFieldByValue = new HashMap<>();
    for (FormField field : fields) {
      String value = property.apply(field);
      FormField earlier = value == null ? null : firstFieldByValue.putIfAbsent(value, field);
      if (earlier != null) {
        throw new InvalidFormException("Form '" + formId + "': the fields \"" + earlier.label() + "\" and \""
            + field.label() + "\" both use the " + propertyName + " '" + value + "'");
      }
    }
  }
}
