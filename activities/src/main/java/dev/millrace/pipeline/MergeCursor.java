package dev.millrace.pipeline;

/** Heartbeat details of a merge: the next batch to append and the partial artifact's length before it. */
public record MergeCursor(int nextBatch, long bytesWritten) {}
