package dev.millrace.pipeline;

/** One batch's slice of the input: byte offsets, not document copies. {@code firstLine} is 1-based. */
public record BatchRange(int batchIndex, long startOffset, long endOffset, long firstLine) {}
