package dev.millrace.pipeline.text;

import dev.millrace.pipeline.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Applies the cleaning steps a run names, in a fixed order. "html" applies only to HTML documents; the
 * other steps apply to every document's text.
 */
public final class DocumentCleaner {
  public static final String HTML = "html";
  private static final Map<String, Supplier<CleaningStep>> TEXT_STEPS = new LinkedHashMap<>();

  static {
    TEXT_STEPS.put("whitespace", WhitespaceNormalizer::new);
  }

  private final CleaningStep htmlToText;
  private final List<CleaningStep> textSteps;

  private DocumentCleaner(CleaningStep htmlToText, List<CleaningStep> textSteps) {
    this.htmlToText = htmlToText;
    this.textSteps = textSteps;
  }

  /** @throws IllegalArgumentException naming any step that does not exist and the ones that do */
  public static DocumentCleaner forSteps(List<String> names) {
    List<String> unknown = names.stream().filter(n -> !n.equals(HTML) && !TEXT_STEPS.containsKey(n)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown cleaning step(s) " + unknown + "; known steps: " + knownSteps());
    }
    List<CleaningStep> steps = new ArrayList<>();
    TEXT_STEPS.forEach((name, step) -> {
      if (names.contains(name)) {
        steps.add(step.get());
      }
    });
    return new DocumentCleaner(names.contains(HTML) ? new HtmlToText() : null, List.copyOf(steps));
  }

  public static List<String> knownSteps() {
    List<String> known = new ArrayList<>();
    known.add(HTML);
    known.addAll(TEXT_STEPS.keySet());
    return known;
  }

  public String clean(SourceDocument document) {
    String text = document.html() == null ? document.text()
        : htmlToText == null ? document.html() : htmlToText.apply(document.html());
    for (CleaningStep step : textSteps) {
      text = step.apply(text);
    }
    return text;
  }
}
