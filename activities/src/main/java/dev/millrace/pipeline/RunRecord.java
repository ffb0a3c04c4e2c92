package dev.millrace.pipeline;

/** A registered run as the database keeps it: what to read, where to write, and how to cut it. */
public record RunRecord(String runId, String inputPath, String artifactPath, ChunkingParameters chunking, RunState state) {}
