package dev.millrace.pipeline;

import dev.millrace.pipeline.text.ProcessedText;
import dev.millrace.pipeline.text.TemporalRange;
import dev.millrace.pipeline.text.entities.Entity;
import java.util.List;

/**
 * One line of the artifact: the cleaned text, what enrichment found, the SHA-256 of the input line it came
 * from (to trace it back or detect changed input) and the warnings the steps raised.
 */
public record DocumentRecord(String id, String text, String language, Integer sentences, List<Entity> entities,
    TemporalRange temporal, String sourceSha256, List<String> warnings) {
  public static DocumentRecord of(String id, ProcessedText processed, String sourceSha256) {
    return new DocumentRecord(id, processed.text(), processed.language(), processed.sentences(),
        processed.entities(), processed.temporal(), sourceSha256, processed.warnings());
  }
}
