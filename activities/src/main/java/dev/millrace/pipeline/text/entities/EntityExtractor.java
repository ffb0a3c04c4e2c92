package dev.millrace.pipeline.text.entities;

import java.util.List;

/**
 * Finds entities in cleaned text. The shipped implementation is rule based; a model-based extractor can be
 * plugged in behind the same contract. Results are sorted by start and never overlap.
 */
public interface EntityExtractor {
  List<Entity> extract(String text);
}
