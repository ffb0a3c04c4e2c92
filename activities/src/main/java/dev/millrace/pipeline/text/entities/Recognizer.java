package dev.millrace.pipeline.text.entities;

import java.util.List;

/** One family of rules; it adds every candidate it finds, overlaps are resolved by the extractor. */
interface Recognizer {
  void find(String text, List<Entity> candidates);
}
