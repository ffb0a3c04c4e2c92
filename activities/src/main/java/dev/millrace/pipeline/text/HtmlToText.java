package dev.millrace.pipeline.text;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML into readable text with jsoup: entities decoded, scripts and page chrome dropped, and the
 * paragraph and line structure kept as blank lines and line breaks. Pathological markup (nesting deeper
 * than {@value #MAX_DEPTH} or an attribute over {@value #MAX_ATTRIBUTE_CHARS} characters) is refused.
 */
public final class HtmlToText implements CleaningStep {
  public static final int MAX_DEPTH = 256;
  public static final int MAX_ATTRIBUTE_CHARS = 65_536;
  private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg";
  private static final Set<String> PARAGRAPHS = Set.of(
      "p", "div", "section", "article", "main", "blockquote", "pre", "table", "ul", "ol", "dl",
      "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "figure");
  private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd", "caption");

  @Override
  public String apply(String html, List<String> warnings) {
    Document document = Jsoup.parse(html);
    refusePathological(document);
    document.select(DROPPED).remove();
    StringBuilder text = new StringBuilder(html.length() / 2);
    NodeTraversor.traverse(new TextCollector(text), document.body());
    return text.toString();
  }

  private static void refusePathological(Document document) {
    NodeTraversor.traverse((node, depth) -> {
      if (depth > MAX_DEPTH) {
        throw new UnusableDocumentException("pathological HTML: elements nested deeper than " + MAX_DEPTH);
      }
      if (!(node instanceof Element element)) {
        return;
      }
      for (Attribute attribute : element.attributes()) {
        if (attribute.getValue().length() > MAX_ATTRIBUTE_CHARS) {
          throw new UnusableDocumentException("pathological HTML: attribute \"" + attribute.getKey() + "\" of <"
              + element.normalName() + "> is " + attribute.getValue().length() + " characters, over " + MAX_ATTRIBUTE_CHARS);
        }
      }
    }, document);
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
