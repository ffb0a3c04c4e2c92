package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.millrace.cli.JarProcesses;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 5, bad input: a generated corpus of malformed records of every kind mixed with good ones, run by the
 * real {@code millrace run} process. No crash, exit code 0 as documented for a completed run, every good record
 * in the artifact (by id, in order), every bad one in quarantine with a reason naming its problem, and
 * in = out + quarantined. CLI misuse exits with the documented usage code and names the file.
 */
class BadInputReliabilityIT {
  private static final String CLEANING_STEPS = "html,encoding,unicode,whitespace";
  private static final int BATCH_SIZE = 250;

  @TempDir Path dir;

  @Test
  void everyGoodRecordReachesTheArtifactAndEveryBadOneIsQuarantinedWithItsReason() throws Exception {
    int records = ReliabilitySize.current().pick(3_000, 100_000);
    MalformedCorpus corpus = MalformedCorpus.write(dir.resolve("malformed.jsonl"), records, BATCH_SIZE, 8L);
    Path data = dir.resolve("data");

    try (JarProcesses processes = new JarProcesses(dir).withJvmOptions(LimitsReliabilityIT.MODEST_HEAP)) {
      JarProcesses.Result result = processes.cli(Duration.ofMinutes(ReliabilitySize.current().pick(10, 60)), "run",
          "--input", corpus.file().toString(), "--run-id", "malformed-1", "--data-dir", data.toString(),
          "--steps", CLEANING_STEPS, "--batch-size", String.valueOf(BATCH_SIZE),
          "--max-document-bytes", String.valueOf(MalformedCorpus.MAX_DOCUMENT_BYTES), "--json");
      JsonNode summary = RunOutputs.completedSummary(result);
      List<String> artifactIds = RunOutputs.artifactIds(summary);
      Map<Long, String> quarantine = RunOutputs.quarantine(processes, "malformed-1", data);

      assertThat(summary.get("documentsIn").asLong()).isEqualTo(records);
      assertThat(artifactIds).containsExactlyElementsOf(corpus.goodIds());
      assertThat(quarantine.keySet()).containsExactlyElementsOf(corpus.badLines().keySet());
      corpus.badLines().forEach((line, words) ->
          assertThat(quarantine.get(line)).as("reason for line %d", line).contains(words));
      assertThat(summary.get("documentsOut").asLong()).isEqualTo(corpus.goodIds().size());
      assertThat(summary.get("documentsQuarantined").asLong()).isEqualTo(corpus.badLines().size());

      long lost = records - artifactIds.size() - quarantine.size();
      long duplicated = artifactIds.size() - new HashSet<>(artifactIds).size();
      ReliabilityReport.write(new ReliabilityReport.Row("5 bad input",
          String.format(Locale.ROOT, "1 run of %,d records: %,d good, %,d malformed of %d kinds, %s", records,
              corpus.goodIds().size(), corpus.badLines().size(), MalformedCorpus.Flaw.values().length,
              LimitsReliabilityIT.MODEST_HEAP),
          "malformed records", 1, 1, lost, duplicated, "n/a", "n/a", "n/a"));
    }
  }

  @Test
  void aMissingInputIsAUsageErrorNamingTheFile() throws Exception {
    Path missing = dir.resolve("no-such-corpus.jsonl");
    try (JarProcesses processes = new JarProcesses(dir)) {
      JarProcesses.Result result = processes.cli("run", "--input", missing.toString(), "--data-dir", dir.resolve("data").toString());

      assertThat(result.exit()).isEqualTo(2);
      assertThat(result.err()).contains(missing.toString());
    }
  }
}
