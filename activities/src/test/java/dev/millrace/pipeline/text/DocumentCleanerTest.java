package dev.millrace.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.pipeline.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCleanerTest {
  @Test
  void runsOnlyTheStepsTheRunNames() {
    SourceDocument html = new SourceDocument(1, "d", null, "<p>a   b</p>");

    assertThat(DocumentCleaner.forSteps(List.of("html", "whitespace")).clean(html)).isEqualTo("a b");
    assertThat(DocumentCleaner.forSteps(List.of("html")).clean(html)).isEqualTo("\na   b\n\n");
    assertThat(DocumentCleaner.forSteps(List.of()).clean(html)).isEqualTo("<p>a   b</p>");
  }

  @Test
  void refusesUnknownStepsNamingThemAndTheKnownOnes() {
    assertThatThrownBy(() -> DocumentCleaner.forSteps(List.of("html", "stemming")))
        .hasMessageContaining("[stemming]")
        .hasMessageContaining("html, whitespace");
  }
}
