package dev.millrace.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.pipeline.text.entities.Entity;
import dev.millrace.pipeline.text.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextProcessorTest {
  private static final List<String> ALL = TextProcessor.knownSteps();

  @Test
  void runsOnlyTheStepsTheRunNames() {
    String html = "<p>a   b</p>";

    assertThat(TextProcessor.forSteps(List.of("html", "whitespace")).process(InputKind.HTML, html).text()).isEqualTo("a b");
    assertThat(TextProcessor.forSteps(List.of("html")).process(InputKind.HTML, html).text()).isEqualTo("\na   b\n\n");
    ProcessedText untouched = TextProcessor.forSteps(List.of()).process(InputKind.HTML, html);
    assertThat(untouched.text()).isEqualTo(html);
    assertThat(untouched.language()).isNull();
    assertThat(untouched.sentences()).isNull();
    assertThat(untouched.entities()).isEmpty();
  }

  @Test
  void refusesUnknownStepsNamingThemAndTheKnownOnes() {
    assertThatThrownBy(() -> TextProcessor.forSteps(List.of("html", "stemming")))
        .hasMessageContaining("[stemming]")
        .hasMessageContaining("html, encoding, unicode, whitespace, redact, language, sentences, entities");
  }

  @Test
  void cleansAndEnrichesRealisticText() {
    String text = "President Abraham Lincoln spoke on December 1, 1862. It\u00e2\u0080\u0099s a \ufb01ne day \u2014 "
        + "the budget grew 12.5 percent to $1,500,000.  Write to Jane.Doe@Example.org or see www.example.org/a.";

    ProcessedText processed = TextProcessor.forSteps(ALL).process(InputKind.TEXT, text);

    assertThat(processed.text()).isEqualTo("President Abraham Lincoln spoke on December 1, 1862. It's a fine day - "
        + "the budget grew 12.5 percent to $1,500,000. Write to [email] or see [url].");
    assertThat(processed.language()).isEqualTo("eng");
    assertThat(processed.sentences()).isEqualTo(3);
    assertThat(processed.entities()).extracting(Entity::type, Entity::text, Entity::value).containsExactly(
        org.assertj.core.api.Assertions.tuple(EntityType.NAME, "President Abraham Lincoln", "President Abraham Lincoln"),
        org.assertj.core.api.Assertions.tuple(EntityType.DATE, "December 1, 1862", "1862-12-01"),
        org.assertj.core.api.Assertions.tuple(EntityType.PERCENT, "12.5 percent", "12.5%"),
        org.assertj.core.api.Assertions.tuple(EntityType.MONEY, "$1,500,000", "1500000 USD"));
    assertThat(processed.temporal()).isEqualTo(new TemporalRange("1862-12-01", "1862-12-01"));
    assertThat(processed.warnings()).containsExactly("encoding: repaired mojibake (UTF-8 read as Latin-1/Windows-1252)");
    for (Entity entity : processed.entities()) {
      assertThat(processed.text().substring(entity.start(), entity.end())).isEqualTo(entity.text());
    }
  }

  @Test
  void detectsOtherLanguagesAndCountsTheirSentencesWithoutAnEnglishModel() {
    String french = "Le gouvernement a présenté son budget hier soir. Les députés en débattront la semaine prochaine. "
        + "La presse est très critique.";

    ProcessedText processed = TextProcessor.forSteps(ALL).process(InputKind.TEXT, french);

    assertThat(processed.language()).isEqualTo("fra");
    assertThat(processed.sentences()).isEqualTo(3);
  }

  @Test
  void saysWhenThereIsTooLittleTextToTellTheLanguage() {
    ProcessedText processed = TextProcessor.forSteps(ALL).process(InputKind.TEXT, "ok 42");

    assertThat(processed.language()).isEqualTo("und");
    assertThat(processed.warnings()).contains("language: too little text to tell");
  }
}
