package dev.millrace.pipeline;

/** An input line that could not become a document, kept with the reason instead of being dropped. */
public record QuarantinedRecord(long lineNumber, String reason, String excerpt) {}
