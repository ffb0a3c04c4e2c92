package dev.millrace.pipeline.text;

/** One named, switchable transformation of a document's text. */
public interface CleaningStep {
  String apply(String text);
}
