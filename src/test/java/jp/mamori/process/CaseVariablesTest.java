package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseVariablesTest {

  private final Map<String, Object> vars = new HashMap<>();

  @Test
  void aBlankTextIsAbsentAndATextIsTrimmed() {
    vars.put("empty", "");
    vars.put("spaces", "  \n ");
    vars.put("padded", "  委託先A ");
    assertThat(CaseVariables.text(vars, "empty")).isNull();
    assertThat(CaseVariables.text(vars, "spaces")).isNull();
    assertThat(CaseVariables.text(vars, "missing")).isNull();
    assertThat(CaseVariables.text(vars, "padded")).isEqualTo("委託先A");
    assertThat(CaseVariables.text(vars, "empty", "leak")).isEqualTo("leak");
    assertThat(CaseVariables.text(vars, "padded", "leak")).isEqualTo("委託先A");
  }

  @Test
  void aDateIsTheDayOfADateOrADateTime() {
    vars.put("day", "2026-04-01");
    vars.put("dateTime", "2026-04-01T09:30:00+09:00");
    vars.put("empty", "");
    assertThat(CaseVariables.date(vars, "day")).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(CaseVariables.date(vars, "dateTime")).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(CaseVariables.date(vars, "empty")).isNull();
  }

  @Test
  void aChecklistIsAListAJsonArrayOrOneValueAndBlankIsEmpty() {
    assertThat(CaseVariables.list(List.of("a", "b"))).containsExactly("a", "b");
    assertThat(CaseVariables.list("[\"a\",\"b\"]")).containsExactly("a", "b");
    assertThat(CaseVariables.list(" a ")).containsExactly("a");
    assertThat(CaseVariables.list("")).isEmpty();
    assertThat(CaseVariables.list(null)).isEmpty();
    assertThatThrownBy(() -> CaseVariables.list("[oops")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFlagIsTrueOnlyForTrue() {
    vars.put("yes", true);
    vars.put("text", "true");
    assertThat(CaseVariables.flag(vars, "yes")).isTrue();
    assertThat(CaseVariables.flag(vars, "text")).isFalse();
    assertThat(CaseVariables.flag(vars, "missing")).isFalse();
  }

  @Test
  void aTypedValueNamesTheVariableWhenItHasAnotherType() {
    vars.put("entryId", 7L);
    vars.put("wrong", "7");
    assertThat(CaseVariables.typed(vars, "entryId", Long.class)).isEqualTo(7L);
    assertThat(CaseVariables.typed(vars, "missing", Long.class)).isNull();
    assertThatThrownBy(() -> CaseVariables.typed(vars, "wrong", Long.class)).hasMessageContaining("wrong");
  }
}
