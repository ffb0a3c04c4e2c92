package dev.millrace.bench.engine;

/** One saturation measurement: workflows completed per second by one worker set-up in one round. */
public record ThroughputSample(int jdk, int activities, WorkerKind worker, int round, double workflowsPerSecond) {}
