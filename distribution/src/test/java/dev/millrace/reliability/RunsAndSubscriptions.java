package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.cli.Corpus;
import dev.millrace.billing.BillingDefaults;
import dev.millrace.billing.Plan;
import dev.millrace.billing.SubscriptionRequest;
import dev.millrace.client.MillraceClient;
import dev.millrace.client.OperationsClient;
import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.cli.JarProcesses;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The work a fault is injected into: pipeline runs of one corpus and billing subscriptions with a period of
 * seconds, started through the CLI, and the invariants that must hold afterwards however often a worker or
 * the database went away.
 */
final class RunsAndSubscriptions {
  static final int BATCH_SIZE = 100;
  static final long PRICE_CENTS = 1_500;

  private final ReliabilityCluster cluster;
  private final Corpus corpus;
  private final String prefix;
  private final List<String> runs = new ArrayList<>();
  private final List<String> subscriptions = new ArrayList<>();
  private final int cycles;

  private RunsAndSubscriptions(ReliabilityCluster cluster, Corpus corpus, String prefix, int cycles) {
    this.cluster = cluster;
    this.corpus = corpus;
    this.prefix = prefix;
    this.cycles = cycles;
  }

  /**
   * Starts the subscriptions ({@code cycles} charges each, one every {@code periodSeconds}) and the runs
   * (default steps, batches of {@link #BATCH_SIZE}) through the Java client API.
   */
  static RunsAndSubscriptions start(ReliabilityCluster cluster, Corpus corpus, String prefix, int runCount,
      int subscriptionCount, int cycles, int periodSeconds) throws Exception {
    RunsAndSubscriptions load = new RunsAndSubscriptions(cluster, corpus, prefix, cycles);
    OperationsClient operations = cluster.operations();
    long now = Instant.now().toEpochMilli();
    for (int i = 0; i < subscriptionCount; i++) {
      String id = prefix + "-sub-" + i;
      operations.startSubscription(new SubscriptionRequest(id, prefix + "-customer-" + i,
          new Plan("basic", PRICE_CENTS), now, cycles, BillingDefaults.CYCLES_PER_RUN, periodSeconds));
      load.subscriptions.add(id);
    }
    MillraceClient millrace = cluster.millrace();
    ChunkingParameters chunking = new ChunkingParameters(BATCH_SIZE, PipelineDefaults.MAX_DOCUMENT_BYTES,
        PipelineDefaults.CLEANING_STEPS);
    for (int i = 0; i < runCount; i++) {
      String id = prefix + "-run-" + i;
      millrace.start(new PipelineRequest(id, corpus.file().toString(),
          corpus.file().resolveSibling("artifacts").resolve(id + ".jsonl").toString(), chunking,
          PipelineDefaults.WINDOW, null));
      load.runs.add(id);
    }
    return load;
  }

  /** The artifact an uninterrupted all-in-one run (embedded Temporal and database) writes for the corpus. */
  static String crashFreeArtifactSha256(Path dir, Corpus corpus) throws Exception {
    try (JarProcesses reference = new JarProcesses(dir)) {
      JarProcesses.Result run = reference.cli("run", "--input", corpus.file().toString(), "--run-id", "reference",
          "--batch-size", String.valueOf(BATCH_SIZE), "--data-dir", dir.resolve("reference").toString(), "--json");
      assertThat(run.exit()).as(run.err()).isZero();
      JsonNode summary = new ObjectMapper().readTree(run.out());
      return ReliabilityCluster.sha256(Path.of(summary.get("artifact").asText()));
    }
  }

  int total() {
    return runs.size() + subscriptions.size();
  }

  /** Batches checkpointed plus charges booked: grows while any of the work makes progress. */
  long progress() throws Exception {
    return cluster.queryLong("SELECT COUNT(*) FROM batch_checkpoint WHERE run_id LIKE ?", prefix + "-%")
        + cluster.queryLong("SELECT COUNT(*) FROM billing_ledger WHERE subscription_id LIKE ?", prefix + "-%");
  }

  long expectedProgress() {
    long batches = (corpus.expectedArtifactLines().size() + corpus.badLines() + BATCH_SIZE - 1) / BATCH_SIZE;
    return batches * runs.size() + (long) cycles * subscriptions.size();
  }

  /** What the suite reports of a scenario's work once it ended. */
  record Outcome(long completed, long lost, long duplicated) {}

  /**
   * Waits for every run and subscription to end, then checks each: runs COMPLETED with in = out + quarantined
   * and the reference artifact; each batch checkpointed once and never rewritten after {@code seenCheckpoints}
   * saw it; each subscription charged exactly once per cycle, in the ledger and at the gateway.
   */
  Outcome verify(String referenceSha256, Map<String, String> seenCheckpoints, Duration within) throws Exception {
    await().atMost(within).pollInterval(Duration.ofSeconds(1)).until(() -> progress() >= expectedProgress());
    long completed = 0;
    long lost = 0;
    long duplicated = 0;
    for (String run : runs) {
      JsonNode summary = cluster.cliJson("await", run, "--json");
      assertThat(summary.get("state").asText()).as(run).isEqualTo("COMPLETED");
      long in = summary.get("documentsIn").asLong();
      long out = summary.get("documentsOut").asLong();
      long quarantined = summary.get("documentsQuarantined").asLong();
      assertThat(in).as("%s: in = out + quarantined", run).isEqualTo(out + quarantined);
      lost += corpus.expectedArtifactLines().size() + corpus.badLines() - in;
      assertThat(quarantined).as(run).isEqualTo(corpus.badLines());
      assertThat(cluster.queryLong("SELECT COUNT(*) FROM quarantine WHERE run_id = ?", run)).isEqualTo(quarantined);
      int batches = summary.get("batchesTotal").asInt();
      assertThat(cluster.queryLong("SELECT COUNT(*) FROM batch_checkpoint WHERE run_id = ?", run)).isEqualTo(batches);
      assertThat(cluster.queryLong("SELECT COUNT(*) FROM batch_output WHERE run_id = ?", run)).isEqualTo(batches);
      assertThat(cluster.queryLong("SELECT COALESCE(SUM(documents_in), 0) FROM batch_checkpoint WHERE run_id = ?",
          run)).as("%s: checkpoints count every input record once", run).isEqualTo(in);
      assertThat(ReliabilityCluster.sha256(Path.of(summary.get("artifact").asText())))
          .as("%s: artifact equals the crash-free run's", run).isEqualTo(referenceSha256);
      completed++;
    }
    Map<String, String> now = cluster.checkpoints();
    for (Map.Entry<String, String> seen : seenCheckpoints.entrySet()) {
      if (!seen.getValue().equals(now.get(seen.getKey()))) {
        duplicated++;
      }
    }
    for (String subscription : subscriptions) {
      JsonNode status = cluster.cliJson("ops", "billing", "status", subscription);
      assertThat(status.get("state").asText()).as(subscription).isEqualTo("COMPLETED");
      long ledger = cluster.queryLong("SELECT COUNT(*) FROM billing_ledger WHERE subscription_id = ?", subscription);
      long gateway = cluster.queryLong("SELECT COUNT(*) FROM gateway_charge WHERE idempotency_key LIKE ?",
          subscription + ":%");
      long distinctCycles = cluster.queryLong(
          "SELECT COUNT(DISTINCT cycle) FROM billing_ledger WHERE subscription_id = ?", subscription);
      duplicated += Math.max(0, gateway - cycles) + (ledger - distinctCycles);
      lost += Math.max(0, cycles - ledger);
      assertThat(status.get("cyclesCharged").asInt()).as(subscription).isEqualTo(cycles);
      assertThat(status.get("totalChargedCents").asLong()).as(subscription).isEqualTo(cycles * PRICE_CENTS);
      completed++;
    }
    assertThat(duplicated).as("batches rewritten or charges made twice").isZero();
    assertThat(lost).as("records or charges lost").isZero();
    return new Outcome(completed, lost, duplicated);
  }
}
