package dev.millrace.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass normaliser gives exactly what the chain of regular expressions it replaced gave. */
class WhitespaceNormalizerTest {
  private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

  @Property(tries = 2000)
  void matchesTheRegularExpressionsOnAnyMixOfWhitespace(@ForAll("whitespaceHeavy") String input) {
    assertThat(normalizer.apply(input, new ArrayList<>())).isEqualTo(RegexReference.apply(input));
  }

  @Example
  void collapsesSpacesTrimsLinesAndKeepsOneBlankLine() {
    String input = " \t Dear  reader,\u00A0 \r\n\r\n\r\n  the\u2003rest \u2028\u2029\n\n follows.\u000B";

    assertThat(normalizer.apply(input, new ArrayList<>())).isEqualTo("Dear reader,\n\nthe rest\n\nfollows.");
  }

  @Provide
  Arbitrary<String> whitespaceHeavy() {
    return Arbitraries.strings()
        .withChars(" \t\u000B\f\r\n\u00A0\u1680\u2000\u2007\u200A\u200B\u202F\u205F\u3000\u2028\u2029\u0085\u001Cab.")
        .ofMaxLength(40);
  }

  /** The step as it was: four regular expressions, then {@code strip()}. */
  private static final class RegexReference {
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern HORIZONTAL =
        Pattern.compile("[\\t\\x0B\\f \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    static String apply(String text) {
      String unified = LINE_BREAKS.matcher(text).replaceAll("\n");
      String collapsed = HORIZONTAL.matcher(unified).replaceAll(" ");
      String trimmedLines = SPACE_AROUND_BREAK.matcher(collapsed).replaceAll("\n");
      return BLANK_LINES.matcher(trimmedLines).replaceAll("\n\n").strip();
    }
  }
}
