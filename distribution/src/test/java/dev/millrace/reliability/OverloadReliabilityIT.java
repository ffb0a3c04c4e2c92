package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.millrace.billing.BillingStatus;
import dev.millrace.billing.Plan;
import dev.millrace.billing.SubscriptionRequest;
import dev.millrace.billing.SubscriptionState;
import dev.millrace.client.OperationsClient;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3: many small workflows started at once, then one large pipeline, on two workers. All must
 * complete; the start and completion rates and the workers' activity pickup latency percentiles (from their
 * /metrics) are reported.
 */
class OverloadReliabilityIT {
  private static final ReliabilitySize SIZE = ReliabilitySize.current();
  private static final int SMALL_WORKFLOWS = SIZE.pick(500, 10_000);
  private static final int LARGE_DOCUMENTS = SIZE.pick(10_000, 1_000_000);
  private static final int CLIENT_THREADS = 8;
  private static final long PRICE_CENTS = 700;

  private final Path dir = ReliabilityCluster.workDirectory("overload");

  @Test
  void manySmallWorkflowsAndOneLargePipelineAllComplete() throws Exception {
    try (ReliabilityCluster cluster = ReliabilityCluster.start(dir, 2)) {
      smallWorkflowsStartedAtOnce(cluster);
      oneLargePipeline(cluster);
    }
  }

  private void smallWorkflowsStartedAtOnce(ReliabilityCluster cluster) throws Exception {
    ExecutorService starters = Executors.newFixedThreadPool(CLIENT_THREADS);
    try {
      OperationsClient client = cluster.operations();
      long first = Instant.now().toEpochMilli();
      long begin = System.nanoTime();
      List<Future<String>> started = new ArrayList<>();
      for (int i = 0; i < SMALL_WORKFLOWS; i++) {
        SubscriptionRequest request = new SubscriptionRequest("load-" + i, "load-customer-" + i,
            new Plan("tiny", PRICE_CENTS), first, 1, 1, 1);
        started.add(starters.submit(() -> client.startSubscription(request)));
      }
      for (Future<String> start : started) {
        start.get();
      }
      double startSeconds = seconds(System.nanoTime() - begin);
      await().atMost(Duration.ofMinutes(SIZE.pick(5, 30))).pollInterval(Duration.ofSeconds(1)).until(() ->
          cluster.queryLong("SELECT COUNT(*) FROM billing_ledger WHERE subscription_id LIKE 'load-%'")
              >= SMALL_WORKFLOWS);
      double completeSeconds = seconds(System.nanoTime() - begin);

      long completed = 0;
      for (int i = 0; i < SMALL_WORKFLOWS; i++) {
        BillingStatus status = cluster.workflowClient().newUntypedWorkflowStub("load-" + i)
            .getResult(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS, BillingStatus.class);
        assertThat(status.state()).isEqualTo(SubscriptionState.COMPLETED);
        assertThat(status.totalChargedCents()).isEqualTo(PRICE_CENTS);
        completed++;
      }
      assertThat(cluster.queryLong("SELECT COUNT(*) FROM gateway_charge WHERE idempotency_key LIKE 'load-%'"))
          .as("each small workflow charged once").isEqualTo(SMALL_WORKFLOWS);
      Latency pickup = Latency.of(cluster, "Charge");
      ReliabilityReport.write(new ReliabilityReport.Row("3a overload: small workflows",
          SMALL_WORKFLOWS + " one-charge billing workflows started at once (" + CLIENT_THREADS
              + " client threads), 2 workers",
          String.format(Locale.ROOT, "none (load): started at %.0f/s, completed at %.0f/s",
              SMALL_WORKFLOWS / startSeconds, SMALL_WORKFLOWS / completeSeconds),
          completed, SMALL_WORKFLOWS, SMALL_WORKFLOWS - completed, 0, pickup.p50(), pickup.p95(), pickup.p99()));
    } finally {
      starters.shutdownNow();
    }
  }

  private void oneLargePipeline(ReliabilityCluster cluster) throws Exception {
    Path corpus = dir.resolve("large.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
      for (int i = 0; i < LARGE_DOCUMENTS; i++) {
        out.write("{\"id\":" + i + ",\"text\":\"tiny document " + i + "\"}\n");
      }
    }
    long begin = System.nanoTime();
    assertThat(cluster.cliRetrying(new String[] {"start", "--input", corpus.toString(), "--run-id", "large",
        "--batch-size", "1000", "--steps", "whitespace"}, new String[] {"start", "--resume", "large"}).exit()).isZero();
    JsonNode summary = cluster.cliJson("await", "large", "--json");
    double seconds = seconds(System.nanoTime() - begin);

    assertThat(summary.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(summary.get("documentsIn").asLong()).isEqualTo(LARGE_DOCUMENTS);
    assertThat(summary.get("documentsOut").asLong()).isEqualTo(LARGE_DOCUMENTS);
    assertThat(Files.lines(Path.of(summary.get("artifact").asText())).count()).isEqualTo(LARGE_DOCUMENTS);
    Latency pickup = Latency.of(cluster, "ProcessBatch");
    ReliabilityReport.write(new ReliabilityReport.Row("3b overload: large pipeline",
        String.format(Locale.ROOT, "1 run of %,d tiny documents (batches of 1,000, step whitespace), 2 workers",
            LARGE_DOCUMENTS),
        String.format(Locale.ROOT, "none (load): %.0f docs/s start to finish", LARGE_DOCUMENTS / seconds),
        1, 1, 0, 0, pickup.p50(), pickup.p95(), pickup.p99()));
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /**
   * Pickup (schedule-to-start) latency percentiles of one activity type over all workers, from the SDK's
   * histogram buckets summed across the workers' scrapes: each is the upper bound of the bucket that holds
   * the percentile.
   */
  private record Latency(String p50, String p95, String p99) {
    private static final Pattern BUCKET = Pattern.compile(
        "^temporal_activity_schedule_to_start_latency_seconds_bucket\\{(.*)\\} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    static Latency of(ReliabilityCluster cluster, String activity) {
      TreeMap<Double, Double> cumulative = new TreeMap<>();
      for (int i = 0; i < cluster.workerCount(); i++) {
        Matcher bucket = BUCKET.matcher(cluster.scrape(i));
        while (bucket.find()) {
          Matcher le = LE.matcher(bucket.group(1));
          if (bucket.group(1).contains("activity_type=\"" + activity + "\"") && le.find()) {
            double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
            cumulative.merge(bound, Double.parseDouble(bucket.group(2)), Double::sum);
          }
        }
      }
      assertThat(cumulative).as("schedule-to-start histogram of %s scraped", activity).isNotEmpty();
      return new Latency(percentile(cumulative, 0.5), percentile(cumulative, 0.95), percentile(cumulative, 0.99));
    }

    private static String percentile(TreeMap<Double, Double> cumulative, double quantile) {
      double total = cumulative.lastEntry().getValue();
      for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
        if (bucket.getValue() >= quantile * total) {
          return bucket.getKey().isInfinite() ? "> max bucket"
              : String.format(Locale.ROOT, "<= %.0f ms", bucket.getKey() * 1000);
        }
      }
      return "n/a";
    }
  }
}
