package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.FixtureModelTest;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A checklist (a list of texts, as a form sends it, e.g. 第14条's collection methods) is stored under the plain type
 * name and read back as the same list; other lists keep Spin's generic name (docs/benchmarks.md "ninth session").
 */
class ChecklistTypeNameTest extends FixtureModelTest {

  private static final String KEY = "checklistTypeFixture";

  @Test
  @DisplayName("チェックリスト（文字列のリスト）は型名 java.util.ArrayList で保存され、同じリストとして読み戻せる")
  void aListOfTextsIsStoredUnderThePlainTypeName() {
    String instance = start(Map.of("collectionMethods", new ArrayList<>(List.of("self", "other")),
        "specialCategories", new ArrayList<>()));

    ObjectValue methods = runtimeService.getVariableTyped(instance, "collectionMethods", false);
    assertThat(methods.getObjectTypeName()).isEqualTo("java.util.ArrayList");
    assertThat(methods.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(runtimeService.getVariable(instance, "collectionMethods")).isEqualTo(List.of("self", "other"));
    ObjectValue empty = runtimeService.getVariableTyped(instance, "specialCategories", false);
    assertThat(empty.getObjectTypeName()).isEqualTo("java.util.ArrayList");
    assertThat(runtimeService.getVariable(instance, "specialCategories")).isEqualTo(List.of());
  }

  @Test
  @DisplayName("文字列以外を含むリストは要素の型を示す Spin の型名のまま保存される")
  void aListOfOtherValuesKeepsItsGenericTypeName() {
    String instance = start(Map.of("counts", new ArrayList<>(List.of(1L, 2L))));

    ObjectValue counts = runtimeService.getVariableTyped(instance, "counts", false);
    assertThat(counts.getObjectTypeName()).isEqualTo("java.util.ArrayList<java.lang.Long>");
    assertThat(runtimeService.getVariable(instance, "counts")).isEqualTo(List.of(1L, 2L));
  }

  private String start(Map<String, Object> variables) {
    return runtimeService.startProcessInstanceByKey(KEY, variables).getId();
  }

  @Override
  protected BpmnModelInstance model() {
    return oneTaskModel(KEY, "チェックリストの試験", 1);
  }
}
