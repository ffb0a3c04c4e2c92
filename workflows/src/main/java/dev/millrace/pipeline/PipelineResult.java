package dev.millrace.pipeline;

/** What a finished run reports: its final progress and where its artifact is. */
public record PipelineResult(PipelineProgress progress, String artifact) {}
