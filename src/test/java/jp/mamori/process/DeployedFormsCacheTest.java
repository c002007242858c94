package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FormService;
import org.junit.jupiter.api.Test;

/**
 * A form bound to its model's deployment is read and parsed once per process definition; any other binding is read
 * each time, since a newer form may have been deployed (ADR 0031).
 */
class DeployedFormsCacheTest {

  private static final String FORM = "{\"id\":\"probe\",\"type\":\"default\",\"components\":["
      + "{\"id\":\"Field_reason\",\"key\":\"reason\",\"type\":\"textfield\",\"label\":\"Reason\"}]}";

  private final FormService formService = mock(FormService.class);
  private final DeployedForms forms = new DeployedForms(formService);

  @Test
  void aFormBoundToItsDeploymentIsReadOncePerDefinition() {
    when(formService.getDeployedStartForm("def:1")).then(i -> form());
    when(formService.getDeployedStartForm("def:2")).then(i -> form());

    assertThat(forms.ofStart("def:1", "deployment").id()).isEqualTo("probe");
    assertThat(forms.ofStart("def:1", "deployment")).isSameAs(forms.ofStart("def:1", "deployment"));
    forms.ofStart("def:2", "deployment");

    verify(formService, times(1)).getDeployedStartForm("def:1");
    verify(formService, times(1)).getDeployedStartForm("def:2");
  }

  @Test
  void aFormBoundOtherwiseIsReadEachTime() {
    when(formService.getDeployedStartForm("def:1")).then(i -> form());

    forms.ofStart("def:1", "latest");
    forms.ofStart("def:1", null);

    verify(formService, times(2)).getDeployedStartForm("def:1");
  }

  private static ByteArrayInputStream form() {
    return new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8));
  }
}
