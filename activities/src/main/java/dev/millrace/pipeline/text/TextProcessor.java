package dev.millrace.pipeline.text;

import dev.millrace.pipeline.text.email.EmailReader;
import dev.millrace.pipeline.text.entities.Entity;
import dev.millrace.pipeline.text.entities.EntityExtractor;
import dev.millrace.pipeline.text.entities.RuleBasedEntityExtractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the steps a run names, always in the same order whatever order they are named in: read the input
 * kind (e-mail always, HTML with "html"), then the text steps (encoding, unicode, whitespace, redact),
 * then enrichment (language, sentences, entities).
 */
public final class TextProcessor {
  public static final String HTML = "html";
  public static final String LANGUAGE = "language";
  public static final String SENTENCES = "sentences";
  public static final String ENTITIES = "entities";
  private static final int MAX_PASSES = 8;
  private static final Map<String, Supplier<CleaningStep>> TEXT_STEPS = new LinkedHashMap<>();

  static {
    TEXT_STEPS.put("encoding", EncodingRepair::new);
    TEXT_STEPS.put("unicode", UnicodeNormalizer::new);
    TEXT_STEPS.put("whitespace", WhitespaceNormalizer::new);
    TEXT_STEPS.put("redact", Redactor::new);
  }

  private final boolean htmlToText;
  private final List<CleaningStep> textSteps;
  private final boolean language;
  private final boolean sentences;
  private final boolean entities;
  private final HtmlToText html = new HtmlToText();
  private final EmailReader emailReader = new EmailReader();
  private final LanguageIdentifier languageIdentifier = new LanguageIdentifier();
  private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
  private final EntityExtractor entityExtractor;

  private TextProcessor(List<String> names, EntityExtractor entityExtractor) {
    this.htmlToText = names.contains(HTML);
    List<CleaningStep> steps = new ArrayList<>();
    TEXT_STEPS.forEach((name, step) -> {
      if (names.contains(name)) {
        steps.add(step.get());
      }
    });
    this.textSteps = List.copyOf(steps);
    this.language = names.contains(LANGUAGE);
    this.sentences = names.contains(SENTENCES);
    this.entities = names.contains(ENTITIES);
    this.entityExtractor = entityExtractor;
  }

  /** @throws IllegalArgumentException naming any step that does not exist and the ones that do */
  public static TextProcessor forSteps(List<String> names) {
    return forSteps(names, new RuleBasedEntityExtractor());
  }

  /** As {@link #forSteps(List)}, with another entity extractor (a model-based one, say). */
  public static TextProcessor forSteps(List<String> names, EntityExtractor entityExtractor) {
    List<String> unknown = names.stream().filter(n -> !knownSteps().contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown cleaning step(s) " + unknown + "; known steps: " + String.join(", ", knownSteps()));
    }
    return new TextProcessor(names, entityExtractor);
  }

  public static List<String> knownSteps() {
    List<String> known = new ArrayList<>();
    known.add(HTML);
    known.addAll(TEXT_STEPS.keySet());
    known.addAll(List.of(LANGUAGE, SENTENCES, ENTITIES));
    return known;
  }

  /** @throws UnusableDocumentException when the content cannot be processed safely */
  public ProcessedText process(InputKind kind, String content) {
    List<String> warnings = new ArrayList<>();
    String text = switch (kind) {
      case TEXT -> content;
      case HTML -> htmlToText ? html.apply(content, warnings) : content;
      case EMAIL -> emailReader.read(content, warnings);
    };
    text = clean(text, warnings);
    String lang = language ? languageIdentifier.identify(text) : null;
    if (LanguageIdentifier.UNDETERMINED.equals(lang)) {
      warnings.add("language: too little text to tell");
    }
    Integer sentenceCount = sentences ? sentenceSplitter.count(text, lang) : null;
    List<Entity> found = entities ? entityExtractor.extract(text) : List.of();
    return new ProcessedText(text, lang, sentenceCount, found, TemporalRange.of(found), warnings);
  }

  /**
   * Only the text steps; what {@link #process} does to the text once the input kind has been read. The chain
   * repeats until the text stops changing, because one step can expose work for an earlier one (dropping a
   * control character can join the two halves of a mojibake sequence); so cleaning clean text changes nothing.
   */
  public String clean(String text, List<String> warnings) {
    String current = text;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String next = current;
      for (CleaningStep step : textSteps) {
        next = step.apply(next, warnings);
      }
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
