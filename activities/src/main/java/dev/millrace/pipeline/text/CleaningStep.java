package dev.millrace.pipeline.text;

import java.util.List;

/** One named, switchable transformation of a document's text; it may note what it did in the warnings. */
public interface CleaningStep {
  String apply(String text, List<String> warnings);
}
