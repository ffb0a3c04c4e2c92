package dev.millrace.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import dev.millrace.pipeline.text.entities.Entity;
import dev.millrace.pipeline.text.entities.RuleBasedEntityExtractor;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the cleaning steps on arbitrary and adversarial strings. */
class TextPropertiesTest {
  private static final List<String> CLEANING = List.of("html", "encoding", "unicode", "whitespace", "redact");
  private final TextProcessor cleaner = TextProcessor.forSteps(CLEANING);
  private final RuleBasedEntityExtractor extractor = new RuleBasedEntityExtractor();

  @Property(tries = 400)
  void cleaningNeverThrowsAndYieldsNormalisedUnicode(@ForAll("adversarial") String input) {
    for (InputKind kind : List.of(InputKind.TEXT, InputKind.HTML)) {
      String text = cleaner.process(kind, input).text();

      assertThat(Normalizer2.getNFKCInstance().isNormalized(text)).as("NFKC").isTrue();
      assertThat(text.codePoints().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t')).isEmpty();
      assertThat(text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)).as("no unpaired surrogate").isTrue();
      assertThat(text).isEqualTo(text.strip());
    }
  }

  @Property(tries = 400)
  void cleaningIsIdempotent(@ForAll("adversarial") String input) {
    for (InputKind kind : List.of(InputKind.TEXT, InputKind.HTML)) {
      String once = cleaner.process(kind, input).text();

      assertThat(cleaner.clean(once, new ArrayList<>())).isEqualTo(once);
    }
  }

  @Property(tries = 400)
  void everyStepAloneSurvivesAnyString(@ForAll("anyChars") String input) {
    for (String step : TextProcessor.knownSteps()) {
      TextProcessor single = TextProcessor.forSteps(List.of(step));
      assertThat(single.process(InputKind.TEXT, input).text()).isNotNull();
      assertThat(single.process(InputKind.HTML, input).text()).isNotNull();
    }
  }

  @Property(tries = 400)
  void entitySpansPointAtTheirTextAndNeverOverlap(@ForAll("adversarial") String input) {
    String text = cleaner.process(InputKind.TEXT, input).text();

    List<Entity> entities = extractor.extract(text);

    int previousEnd = 0;
    for (Entity entity : entities) {
      assertThat(text.substring(entity.start(), entity.end())).isEqualTo(entity.text());
      assertThat(entity.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(entity.value()).isNotBlank();
      previousEnd = entity.end();
    }
  }

  @Provide
  Arbitrary<String> anyChars() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> adversarial() {
    Arbitrary<String> fragments = Arbitraries.oneOf(
        Arbitraries.of("Ã©", "â€™", "Ã", "\u00C3\u0083\u00C2\u00A9", "\u0000", "\u0007", "\uD800", "\uDC00", "\uD83D\uDE00",
            "&amp;", "&nbsp;", "&#x1F600;", "<p>", "</p>", "<br>", "<script>x()</script>", "<!--", "\r\n", "\n\n\n", "\t",
            "\u00A0", "\u200B", "\uFEFF", "\u2028", "ﬁ", "e\u0301", "\u2018", "\u201D", "\u2014", "\u2026", "Ａ",
            "$1,000", "£5 million", "July 4, 1776", "4th of July 1776", "2002-08-06", "12.5%", "3 miles", "in 1862",
            "a@b.co", "http://x.y/z.", "www.example.org", "John Smith", "The United States", " ", ".", ","),
        Arbitraries.strings().all().ofMaxLength(5));
    return fragments.list().ofMaxSize(25).map(list -> String.join("", list));
  }
}
