package dev.millrace.pipeline;

/** A processed document ready to store: its JSONL line, and what quarantine needs should its id be taken. */
public record OutputDocument(long lineNumber, String id, byte[] jsonLine, String excerpt) {}
