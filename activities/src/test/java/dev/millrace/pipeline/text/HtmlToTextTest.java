package dev.millrace.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class HtmlToTextTest {
  private final WhitespaceNormalizer whitespace = new WhitespaceNormalizer();

  @Test
  void keepsParagraphsAndLineBreaksAndDropsScriptsAndChrome() {
    String html = "<html><head><style>p{}</style></head><body><nav>Menu</nav>"
        + "<h1>Title</h1><p>First &eacute;t&eacute;<br>line two</p><ul><li>one</li><li>two</li></ul>"
        + "<script>alert(1)</script><footer>(c)</footer></body></html>";

    String text = whitespace.apply(new HtmlToText().apply(html, new ArrayList<>()), new ArrayList<>());

    assertThat(text).isEqualTo("Title\n\nFirst été\nline two\n\none\ntwo");
  }

  @Test
  void normalisesSpacesAndBlankLines() {
    assertThat(whitespace.apply(" a \t b\u00A0c\r\n\r\n\r\n\r\nd  \n e ", new ArrayList<>()))
        .isEqualTo("a b c\n\nd\ne");
  }

  @Test
  void refusesPathologicalMarkupNamingWhatIsWrong() {
    HtmlToText html = new HtmlToText();

    assertThatThrownBy(() -> html.apply("<div>".repeat(HtmlToText.MAX_DEPTH + 10) + "x", new ArrayList<>()))
        .isInstanceOf(UnusableDocumentException.class).hasMessageContaining("nested deeper than 256");
    assertThatThrownBy(() -> html.apply("<a title=\"" + "x".repeat(70_000) + "\">x</a>", new ArrayList<>()))
        .isInstanceOf(UnusableDocumentException.class).hasMessageContaining("attribute \"title\" of <a>");
  }
}
