package dev.millrace.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnicodeNormalizerTest {
  @Test
  void foldsCompatibilityFormsPunctuationAndDropsInvisibleCharacters() {
    List<String> warnings = new ArrayList<>();

    String normalized = new UnicodeNormalizer().apply(
        "\ufb01ne \uff21\uff22 \u2018a\u2019 \u201cb\u201d 1\u20132 wait\u2026 e\u0301 zero\u200bwidth bell\u0007 \ud800!\n\tok",
        warnings);

    assertThat(normalized).isEqualTo("fine AB 'a' \"b\" 1-2 wait... \u00e9 zerowidth bell \ufffd!\n\tok");
    assertThat(warnings).containsExactly("unicode: replaced 1 unpaired surrogate(s) with U+FFFD");
  }
}
