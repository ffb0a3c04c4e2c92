package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.millrace.cli.Corpus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2: PostgreSQL goes away in the middle of pipeline runs and billing cycles, then comes back.
 * Activities fail and Temporal retries them with backoff; the workers' database circuit breakers open (seen
 * on their /metrics) so the dead database is not hammered; afterwards everything completes, nothing lost or
 * written twice.
 */
class DatabaseOutageReliabilityIT {
  private static final ReliabilitySize SIZE = ReliabilitySize.current();
  private static final int RUNS = SIZE.pick(3, 10);
  private static final int SUBSCRIPTIONS = SIZE.pick(2, 5);
  private static final int CYCLES = SIZE.pick(8, 10);
  private static final int PERIOD_SECONDS = 3;
  private static final int DOCUMENTS = SIZE.pick(2_000, 4_000);
  private static final Duration OUTAGE = Duration.ofSeconds(SIZE.pick(10, 20));

  private final Path dir = ReliabilityCluster.workDirectory("outage");

  @Test
  void everythingCompletesAfterTheDatabaseWasDownAndTheBreakerOpened() throws Exception {
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), DOCUMENTS, 89);
    String reference = RunsAndSubscriptions.crashFreeArtifactSha256(dir, corpus);
    try (ReliabilityCluster cluster = ReliabilityCluster.start(dir, 2)) {
      RunsAndSubscriptions load = RunsAndSubscriptions.start(cluster, corpus, "outage", RUNS, SUBSCRIPTIONS,
          CYCLES, PERIOD_SECONDS);
      await().atMost(Duration.ofMinutes(3)).until(() -> load.progress() >= 3);
      Map<String, String> seen = cluster.checkpoints();
      assertThat(load.progress()).as("work is left when the database goes").isLessThan(load.expectedProgress());

      cluster.postgres().halt();
      long downSince = System.nanoTime();
      AtomicInteger workersOpened = new AtomicInteger();
      await().atMost(OUTAGE.plusMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
        workersOpened.set(workersWhoseBreakerOpened(cluster));
        return workersOpened.get() >= 1 && System.nanoTime() - downSince >= OUTAGE.toNanos();
      });
      long outageSeconds = Duration.ofNanos(System.nanoTime() - downSince).toSeconds();
      cluster.postgres().restart();

      RunsAndSubscriptions.Outcome outcome = load.verify(reference, seen, Duration.ofMinutes(SIZE.pick(6, 15)));

      assertThat(outcome.completed()).isEqualTo(load.total());
      ReliabilityReport.write(new ReliabilityReport.Row("2 database outage",
          RUNS + " pipeline runs x " + DOCUMENTS + " docs, " + SUBSCRIPTIONS + " subscriptions x " + CYCLES
              + " cycles, 2 workers, PostgreSQL",
          "PostgreSQL stopped (immediate) for " + outageSeconds + " s; breaker opened on " + workersOpened.get()
              + "/" + cluster.workerCount() + " workers",
          outcome.completed(), load.total(), outcome.lost(), outcome.duplicated(), "n/a", "n/a", "n/a"));
    }
  }

  private static int workersWhoseBreakerOpened(ReliabilityCluster cluster) {
    int opened = 0;
    for (int i = 0; i < cluster.workerCount(); i++) {
      if (ReliabilityCluster.sample(cluster.scrape(i), "millrace_db_circuit_opened_total") >= 1) {
        opened++;
      }
    }
    return opened;
  }
}
