package dev.millrace.pipeline.text.entities;

/**
 * Something found in a document's cleaned text: {@code start} and {@code end} are UTF-16 offsets into that
 * text (end exclusive), {@code text} the exact substring, {@code value} its normalised form.
 */
public record Entity(EntityType type, int start, int end, String text, String value) {}
