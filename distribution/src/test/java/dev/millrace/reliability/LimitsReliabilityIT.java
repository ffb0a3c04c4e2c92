package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.millrace.cli.JarProcesses;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 4, limits of size: documents of several MB, a line of 100 MB and a corpus of very many tiny
 * documents, each run by the real {@code millrace run} process in a modest heap. Each input either works or
 * is refused (quarantined) with a reason naming its size and the limit; nothing crashes. The many-runs limit
 * is {@link ConcurrentRunsReliabilityIT}.
 */
class LimitsReliabilityIT {
  /** The heap every process of this scenario gets: far less than the 100 MB line. */
  static final String MODEST_HEAP = "-Xmx256m";
  private static final int SEVERAL_MB = 5 * 1024 * 1024;
  private static final long HUNDRED_MB = 100L * 1024 * 1024;
  private static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

  @TempDir Path dir;

  @Test
  void aSeveralMegabyteDocumentIsProcessedAndAHundredMegabyteLineIsQuarantinedWithItsSizeInASmallHeap()
      throws Exception {
    Path input = dir.resolve("large.jsonl");
    long hundredMbLineBytes;
    try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      out.write("{\"id\":\"small-1\",\"text\":\"The first small document.\"}\n");
      writeLongTextLine(out, "several-mb", SEVERAL_MB, "Words of a long report about the river mill. ");
      hundredMbLineBytes = writeLongTextLine(out, "hundred-mb", HUNDRED_MB, "a");
      out.write("{\"id\":\"small-4\",\"text\":\"The last small document.\"}\n");
    }
    Path data = dir.resolve("data");

    JarProcesses.Result result;
    try (JarProcesses processes = new JarProcesses(dir).withJvmOptions(MODEST_HEAP)) {
      result = processes.cli(Duration.ofMinutes(10), "run", "--input", input.toString(), "--run-id", "large-1",
          "--data-dir", data.toString(), "--max-document-bytes", String.valueOf(MAX_DOCUMENT_BYTES), "--json");
      JsonNode summary = RunOutputs.completedSummary(result);
      Map<Long, String> quarantine = RunOutputs.quarantine(processes, "large-1", data);

      assertThat(RunOutputs.artifactIds(summary)).containsExactly("small-1", "several-mb", "small-4");
      assertThat(quarantine).containsExactly(Map.entry(3L, "document is " + hundredMbLineBytes
          + " bytes, over the run's maximum of " + MAX_DOCUMENT_BYTES + " bytes"));
      ReliabilityReport.write(new ReliabilityReport.Row("4a limits: large documents",
          "1 run: a 5 MiB document, a 100 MiB line and 2 small ones, " + MODEST_HEAP,
          "none (size limit " + MAX_DOCUMENT_BYTES + " bytes)", 1, 1, 0, 0, "n/a", "n/a", "n/a"));
    }
  }

  @Test
  void aCorpusOfVeryManyTinyDocumentsKeepsEveryOneOnceInASmallHeap() throws Exception {
    int documents = ReliabilitySize.current().pick(100_000, 1_000_000);
    Path input = dir.resolve("tiny.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        out.write("{\"id\":" + i + ",\"text\":\"t " + i + "\"}\n");
      }
    }
    Path data = dir.resolve("data");

    try (JarProcesses processes = new JarProcesses(dir).withJvmOptions(MODEST_HEAP)) {
      long started = System.nanoTime();
      JarProcesses.Result result = processes.cli(Duration.ofMinutes(ReliabilitySize.current().pick(10, 90)), "run",
          "--input", input.toString(), "--run-id", "tiny-1", "--data-dir", data.toString(), "--steps", "whitespace",
          "--batch-size", "2000", "--json");
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      JsonNode summary = RunOutputs.completedSummary(result);
      List<String> ids = RunOutputs.artifactIds(summary);

      assertThat(summary.get("documentsIn").asLong()).isEqualTo(documents);
      assertThat(summary.get("documentsQuarantined").asLong()).isZero();
      assertThat(ids).hasSize(documents);
      assertThat(ids).containsExactlyElementsOf(IntStream.range(0, documents).mapToObj(String::valueOf).toList());
      long duplicated = ids.size() - new HashSet<>(ids).size();
      ReliabilityReport.write(new ReliabilityReport.Row("4b limits: many tiny documents",
          String.format(Locale.ROOT, "1 run of %,d documents, %s, %.0f docs/s over %d s", documents, MODEST_HEAP,
              documents / Math.max(1, elapsed.toMillis() / 1000.0), elapsed.toSeconds()),
          "none", 1, 1, documents - ids.size(), duplicated, "n/a", "n/a", "n/a"));
    }
  }

  /**
   * Writes one ASCII JSON line {"id": id, "text": "..."} whose text repeats the filler to at least this many
   * bytes, and returns the line's length without its newline.
   */
  private static long writeLongTextLine(Writer out, String id, long bytes, String filler) throws IOException {
    String head = "{\"id\":\"" + id + "\",\"text\":\"";
    String chunk = filler.repeat(Math.max(1, 65_536 / filler.length()));
    out.write(head);
    long written = 0;
    while (written < bytes) {
      out.write(chunk);
      written += chunk.length();
    }
    out.write("\"}\n");
    return head.length() + written + 2;
  }
}
