package dev.millrace.pipeline;

/** One line of the artifact. */
public record CleanDocument(String id, String text) {}
