package dev.millrace.pipeline.text;

import dev.millrace.pipeline.text.entities.Entity;
import java.util.List;

/**
 * A document's cleaned text and what enrichment found; a field is null when its step was not run
 * ({@code language}, {@code sentences}, {@code temporal} also when no date was found).
 */
public record ProcessedText(String text, String language, Integer sentences, List<Entity> entities,
    TemporalRange temporal, List<String> warnings) {
  public ProcessedText {
    entities = List.copyOf(entities);
    warnings = List.copyOf(warnings);
  }
}
