package dev.millrace.pipeline;

import dev.millrace.pipeline.text.InputKind;

/** A parsed input record: its id and its content of one input kind. */
public record SourceDocument(long lineNumber, String id, InputKind kind, String content) {}
