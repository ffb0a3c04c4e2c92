package dev.millrace.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The harness runs end to end on a tiny load and writes sane results; no speed is asserted. */
class EngineBenchmarkTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

  @TempDir
  Path output;

  @Test
  void measuresEveryWorkerVariantAndPickupAndWritesTheReport() throws IOException {
    int exit = new CommandLine(new EngineBenchmark()).execute("--output", output.toString(), "--rounds", "2",
        "--seconds", "2", "--warm-up-seconds", "0", "--callers", "4", "--activities", "1,3", "--pickup-seconds", "2", "--ablation");

    assertThat(exit).isZero();
    int jdk = Runtime.version().feature();
    EngineResults results = EngineResults.readAll(output);
    List<WorkerKind> variants = new ArrayList<>(WorkerKind.onThisJdk());
    variants.addAll(WorkerKind.ablations());
    assertThat(results.throughput()).hasSize(2 * 2 * variants.size()).allSatisfy(sample -> {
      assertThat(sample.jdk()).isEqualTo(jdk);
      assertThat(sample.activities()).isIn(1, 3);
      assertThat(sample.round()).isIn(1, 2);
      assertThat(sample.workflowsPerSecond()).isNotNegative();
    });
    Map<String, Double> bestBySetUp = results.throughput().stream().collect(Collectors.toMap(
        sample -> sample.worker() + " x " + sample.activities(), ThroughputSample::workflowsPerSecond, Math::max));
    assertThat(bestBySetUp).as("a cold first turn may finish nothing in 2 s; a later one must")
        .hasSize(2 * variants.size()).allSatisfy((setUp, best) -> assertThat(best).as(setUp).isPositive());
    assertThat(results.throughput()).extracting(ThroughputSample::worker)
        .containsOnlyElementsOf(variants).contains(WorkerKind.BARE_SDK, WorkerKind.MILLRACE)
        .contains(WorkerKind.ablations().toArray(WorkerKind[]::new));
    assertThat(results.pickup()).singleElement().satisfies(pickup -> {
      assertThat(pickup.workflows()).isPositive();
      assertThat(pickup.activitiesTimed()).isEqualTo(pickup.workflows());
      assertThat(pickup.p50Millis()).isNotNegative().isLessThanOrEqualTo(pickup.p95Millis());
      assertThat(pickup.p95Millis()).isLessThanOrEqualTo(pickup.p99Millis());
      assertThat(pickup.virtualThreads()).isEqualTo(jdk >= 21);
    });

    String markdown = Files.readString(output.resolve(EngineReport.MARKDOWN));
    assertThat(markdown).contains("| JDK " + jdk + " | 1 activity | Millrace worker runtime | 2 |")
        .contains("| JDK " + jdk + " | 3 activities | bare SDK worker | 2 |")
        .contains("| JDK " + jdk + " | 1 activity | Millrace, no payload codec | 2 |")
        .contains("p99 ms").doesNotContain("NaN");
    for (String chart : new String[] {EngineReport.THROUGHPUT_CHART, EngineReport.PICKUP_CHART}) {
      assertThat(Files.readAllBytes(output.resolve(chart))).startsWith(PNG_SIGNATURE);
    }
  }
}
