package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.millrace.cli.Corpus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1: while pipeline runs and billing subscriptions are started and progress on two worker processes,
 * a random worker is killed with SIGKILL at random moments (after a random amount of progress) and restarted.
 * Everything must still complete, each run with the artifact of a crash-free run, no batch written twice
 * and no subscription charged twice.
 */
class WorkerCrashReliabilityIT {
  private static final ReliabilitySize SIZE = ReliabilitySize.current();
  private static final int RUNS = SIZE.pick(5, 50);
  private static final int SUBSCRIPTIONS = SIZE.pick(3, 20);
  private static final int CYCLES = SIZE.pick(8, 30);
  private static final int PERIOD_SECONDS = SIZE.pick(5, 10);
  private static final int DOCUMENTS = SIZE.pick(2_000, 4_000);
  private static final Duration KILLING = Duration.ofSeconds(SIZE.pick(60, 300));

  private final Path dir = ReliabilityCluster.workDirectory("crash");

  @Test
  void everyRunAndSubscriptionCompletesExactlyOnceWhileWorkersAreKilled() throws Exception {
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), DOCUMENTS, 97);
    String reference = RunsAndSubscriptions.crashFreeArtifactSha256(dir, corpus);
    long seed = System.nanoTime();
    ExecutorService killing = Executors.newSingleThreadExecutor();
    try (ReliabilityCluster cluster = ReliabilityCluster.start(dir, 2)) {
      AtomicReference<RunsAndSubscriptions> started = new AtomicReference<>();
      Map<String, String> seen = new ConcurrentHashMap<>();
      Future<Integer> kills = killing.submit(() -> killAtRandomMoments(cluster, started, seen, new Random(seed)));
      RunsAndSubscriptions load = RunsAndSubscriptions.start(cluster, corpus, "crash", RUNS, SUBSCRIPTIONS,
          CYCLES, PERIOD_SECONDS);
      started.set(load);

      int killed = kills.get();
      await().atMost(Duration.ofMinutes(SIZE.pick(6, 20))).pollInterval(Duration.ofSeconds(5))
          .until(() -> {
            cluster.superviseWorkers();
            return load.progress() >= load.expectedProgress();
          });
      assertThat(killed).as("workers killed while work was in progress (seed %d)", seed).isGreaterThanOrEqualTo(2);
      RunsAndSubscriptions.Outcome outcome = load.verify(reference, seen, Duration.ofMinutes(SIZE.pick(6, 20)));

      assertThat(outcome.completed()).isEqualTo(load.total());
      ReliabilityReport.write(new ReliabilityReport.Row("1 worker crashes",
          RUNS + " pipeline runs x " + DOCUMENTS + " docs, " + SUBSCRIPTIONS + " subscriptions x " + CYCLES
              + " cycles of " + PERIOD_SECONDS + " s, 2 workers, PostgreSQL",
          killed + " SIGKILLs of a random worker (each restarted) over " + KILLING.toSeconds() + " s, seed " + seed,
          outcome.completed(), load.total(), outcome.lost(), outcome.duplicated(), "n/a", "n/a", "n/a"));
    } finally {
      killing.shutdownNow();
    }
  }

  /**
   * Kills a random worker each time the work has made 2 to 8 more steps (batches or charges), from the first
   * start until the killing period ends or the work is done, restarting it at once; returns the kill count.
   */
  private static int killAtRandomMoments(ReliabilityCluster cluster, AtomicReference<RunsAndSubscriptions> started,
      Map<String, String> seen, Random random) throws Exception {
    long until = System.nanoTime() + KILLING.toNanos();
    int kills = 0;
    while (System.nanoTime() < until && !finished(started.get())) {
      long target = progress(cluster) + 2 + random.nextInt(7);
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
          .until(() -> progress(cluster) >= target || finished(started.get()) || System.nanoTime() >= until);
      if (progress(cluster) < target) {
        break;
      }
      cluster.superviseWorkers();
      seen.putAll(cluster.checkpoints());
      int victim = random.nextInt(cluster.workerCount());
      cluster.kill(victim);
      kills++;
      cluster.restart(victim);
    }
    return kills;
  }

  private static long progress(ReliabilityCluster cluster) throws Exception {
    return cluster.queryLong("SELECT (SELECT COUNT(*) FROM batch_checkpoint) + (SELECT COUNT(*) FROM billing_ledger)");
  }

  private static boolean finished(RunsAndSubscriptions load) throws Exception {
    return load != null && load.progress() >= load.expectedProgress();
  }
}
