package dev.millrace.bench.engine;

/**
 * Schedule-to-start latency of Millrace's worker at a steady offered load, as its own
 * {@code millrace_activity_pickup_latency} timer reports it.
 */
public record PickupSample(int jdk, boolean virtualThreads, double offeredPerSecond, int workflows,
    long activitiesTimed, double p50Millis, double p95Millis, double p99Millis) {}
