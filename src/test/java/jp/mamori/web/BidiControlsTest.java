package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BidiControlsTest {

  @ParameterizedTest
  @ValueSource(chars = {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
      '\u200E', '\u200F', '\u061C'})
  void everyDirectionControlIsFoundAndDropped(char control) {
    String text = "診療" + control + "kcatta";

    assertThat(BidiControls.containsAny(text)).isTrue();
    assertThat(BidiControls.strip(text)).isEqualTo("診療kcatta");
  }

  @Test
  void ordinaryJapaneseAndEnglishTextIsLeftAlone() {
    String text = "診療のため(外来・入院) — for treatment; 𠮷野家";

    assertThat(BidiControls.containsAny(text)).isFalse();
    assertThat(BidiControls.strip(text)).isEqualTo(text);
    assertThat(BidiControls.strip(null)).isNull();
  }
}
