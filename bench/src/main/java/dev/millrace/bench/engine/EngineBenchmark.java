package dev.millrace.bench.engine;

import dev.millrace.bench.engine.MillraceWorker.Omitted;
import dev.millrace.bench.report.Stats;
import dev.millrace.worker.EmbeddedTemporalServer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures what Millrace's worker runtime costs over a bare SDK worker (issue 9, point 3) and its
 * activity pickup latency at a steady load (point 4), on an embedded test server in this JVM. Results for
 * this JDK go to {@code engine-jdk<N>.json}; the report covers every JDK's results in the directory.
 */
@Command(name = "engine-benchmark", mixinStandardHelpOptions = true,
    description = "Workflows/s of Millrace's worker runtime against a bare SDK worker, and pickup latency.")
public final class EngineBenchmark implements Callable<Integer> {
  private static final String PICKUP_TIMER = "millrace_activity_pickup_latency";

  @Option(names = "--output", defaultValue = "docs/benchmarks", description = "Directory of results and report.")
  Path output;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds per workflow shape.")
  int rounds;

  @Option(names = "--seconds", defaultValue = "10", description = "Length of each measurement.")
  int seconds;

  @Option(names = "--warm-up-seconds", defaultValue = "120",
      description = "Unreported warm-up before each workflow shape's rounds, the set-ups taking turns (0: none).")
  int warmUpSeconds;

  @Option(names = "--callers", defaultValue = "32", description = "Workflows the load generator keeps in flight.")
  int callers;

  @Option(names = "--activities", split = ",", defaultValue = "1,10", description = "Activities per workflow.")
  List<Integer> activities;

  @Option(names = "--pickup-load", defaultValue = "0.5",
      description = "Offered load for the pickup latency, as a fraction of the median saturated rate.")
  double pickupLoad;

  @Option(names = "--pickup-seconds", defaultValue = "20", description = "Length of the pickup measurement.")
  int pickupSeconds;

  @Option(names = "--ablation", description = "Also measure Millrace's worker without, in turn, its payload codec,"
      + " its SDK metrics and its activity interceptor, to tell their costs apart.")
  boolean ablation;

  private final List<ThroughputSample> throughput = new ArrayList<>();
  private final int jdk = Runtime.version().feature();

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(new CommandLine(new EngineBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    for (int count : activities) {
      saturate(count);
    }
    PickupSample pickup = pickup();
    new EngineResults(throughput, List.of(pickup)).write(output, jdk);
    System.out.println("Report: " + EngineReport.write(output));
    return 0;
  }

  private void saturate(int count) throws InterruptedException {
    Duration length = Duration.ofSeconds(seconds);
    List<WorkerKind> kinds = new ArrayList<>(WorkerKind.onThisJdk());
    if (ablation) {
      kinds.addAll(WorkerKind.ablations());
    }
    warmUp(kinds, count, length);
    for (int round = 1; round <= rounds; round++) {
      List<WorkerKind> order = new ArrayList<>(kinds);
      Collections.rotate(order, round - 1);
      for (WorkerKind kind : order) {
        double rate = measure(kind, count, length);
        throughput.add(new ThroughputSample(jdk, count, kind, round, rate));
        System.out.printf("JDK %d, %d activity(ies), round %d, %s: %.1f workflows/s%n", jdk, count, round,
            kind.label(), rate);
      }
    }
  }

  /**
   * The JVM that hosts server, load generator and workers kept speeding up for minutes: the rates of a
   * run without this doubled from its first round to its last, so early rounds measured the JIT. Any
   * warm-up gives every set-up at least one turn; 0 seconds skips it.
   */
  private void warmUp(List<WorkerKind> kinds, int count, Duration length) throws InterruptedException {
    if (warmUpSeconds == 0) {
      return;
    }
    int measurements = Math.max(kinds.size(), warmUpSeconds / seconds);
    for (int i = 0; i < measurements; i++) {
      measure(kinds.get(i % kinds.size()), count, length);
    }
  }

  /**
   * One measurement on a fresh test server: it keeps every finished workflow in memory, and on one shared
   * server the rates fell round after round, which penalised whichever worker went later.
   */
  private double measure(WorkerKind kind, int count, Duration length) throws InterruptedException {
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
        LoadGenerator load = new LoadGenerator(server.address());
        EngineWorker worker = kind.start(server.address(), "engine-" + UUID.randomUUID())) {
      return load.saturate(worker, count, callers, length);
    }
  }

  private PickupSample pickup() throws InterruptedException {
    double saturated = Stats.median(throughput.stream()
        .filter(s -> s.worker() == WorkerKind.MILLRACE && s.activities() == 1)
        .map(ThroughputSample::workflowsPerSecond).toList());
    if (Double.isNaN(saturated)) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "--activities must include 1: the pickup load is a fraction of the 1-activity saturated rate");
    }
    double offered = Math.max(1, saturated * pickupLoad);
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
        LoadGenerator load = new LoadGenerator(server.address());
        MillraceWorker worker = MillraceWorker.start(server.address(), "engine-" + UUID.randomUUID(), Omitted.NOTHING)) {
      int workflows = load.offer(worker, 1, offered, Duration.ofSeconds(pickupSeconds));
      Timer timer = worker.registry().get(PICKUP_TIMER).timer();
      HistogramSnapshot snapshot = timer.takeSnapshot();
      PickupSample sample = new PickupSample(jdk, worker.virtualThreads(), offered, workflows, timer.count(),
          percentile(snapshot, 0.5), percentile(snapshot, 0.95), percentile(snapshot, 0.99));
      System.out.printf("JDK %d, pickup at %.1f workflows/s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", jdk, offered,
          sample.p50Millis(), sample.p95Millis(), sample.p99Millis());
      return sample;
    }
  }

  private static double percentile(HistogramSnapshot snapshot, double percentile) {
    for (ValueAtPercentile value : snapshot.percentileValues()) {
      if (value.percentile() == percentile) {
        return value.value(TimeUnit.MILLISECONDS);
      }
    }
    throw new IllegalStateException("The pickup timer publishes no p" + Math.round(percentile * 100));
  }
}
