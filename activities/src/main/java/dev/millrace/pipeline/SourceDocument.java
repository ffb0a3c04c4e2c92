package dev.millrace.pipeline;

/** A parsed input record; exactly one of {@code text} and {@code html} is set. */
public record SourceDocument(long lineNumber, String id, String text, String html) {}
