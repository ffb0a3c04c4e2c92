package dev.millrace.pipeline.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML into readable text with jsoup: entities decoded, scripts and page chrome dropped, and the
 * paragraph and line structure kept as blank lines and line breaks.
 */
public final class HtmlToText implements CleaningStep {
  private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg";
  private static final Set<String> PARAGRAPHS = Set.of(
      "p", "div", "section", "article", "main", "blockquote", "pre", "table", "ul", "ol", "dl",
      "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "figure");
  private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd", "caption");

  @Override
  public String apply(String html) {
    Document document = Jsoup.parse(html);
    document.select(DROPPED).remove();
    StringBuilder text = new StringBuilder(html.length() / 2);
    NodeTraversor.traverse(new TextCollector(text), document.body());
    return text.toString();
  }

  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder text;

    TextCollector(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        text.append(textNode.getWholeText());
      } else if (node instanceof Element element && breakBefore(element.normalName())) {
        text.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && PARAGRAPHS.contains(element.normalName())) {
        text.append("\n\n");
      }
    }

    private static boolean breakBefore(String name) {
      return LINES.contains(name) || PARAGRAPHS.contains(name);
    }
  }
}
