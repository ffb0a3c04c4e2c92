package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPlannerTest {
  @TempDir Path dir;

  @Test
  void cutsTheInputIntoByteRangesOfBatchSizeLinesThatReadBackExactly() throws IOException {
    Path input = write("a\nbb\nccc\ndddd\neeeee");
    List<BatchRange> ranges = new ArrayList<>();

    RunPlan plan = new BatchPlanner().plan(input, 2, ranges::add);

    assertThat(plan.batchCount()).isEqualTo(3);
    assertThat(plan.lineCount()).isEqualTo(5);
    assertThat(plan.contentHash()).hasSize(64);
    assertThat(ranges).containsExactly(
        new BatchRange(0, 0, 5, 1), new BatchRange(1, 5, 14, 3), new BatchRange(2, 14, 19, 5));
    List<String> lines = new ArrayList<>();
    BatchReader reader = new BatchReader();
    for (BatchRange range : ranges) {
      reader.read(input, range, 100).forEach(l -> lines.add(l.lineNumber() + ":" + new String(l.bytes(), StandardCharsets.UTF_8)));
    }
    assertThat(lines).containsExactly("1:a", "2:bb", "3:ccc", "4:dddd", "5:eeeee");
  }

  @Test
  void anEmptyInputHasNoBatches() throws IOException {
    List<BatchRange> ranges = new ArrayList<>();

    RunPlan plan = new BatchPlanner().plan(write(""), 10, ranges::add);

    assertThat(plan.batchCount()).isZero();
    assertThat(ranges).isEmpty();
  }

  @Test
  void theSameContentHashesTheSameAndOtherContentDoesNot() throws IOException {
    BatchPlanner planner = new BatchPlanner();
    String first = planner.plan(write("x\ny\n"), 1, r -> { }).contentHash();
    String same = planner.plan(write("x\ny\n"), 5, r -> { }).contentHash();
    String other = planner.plan(write("x\nz\n"), 1, r -> { }).contentHash();

    assertThat(same).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void linesThatCrossTheReadBufferAreCutWhereTheyEndAndTheHashIsTheFilesSha256() throws Exception {
    StringBuilder content = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String line = i + ":" + "x".repeat(i * 7_919 % 150_000);
      content.append(line).append('\n');
      expected.add(line);
    }
    content.append("last, without a newline");
    expected.add("last, without a newline");
    Path input = write(content.toString());
    List<BatchRange> ranges = new ArrayList<>();

    RunPlan plan = new BatchPlanner().plan(input, 3, ranges::add);

    assertThat(plan.lineCount()).isEqualTo(41);
    assertThat(plan.batchCount()).isEqualTo(14).isEqualTo(ranges.size());
    assertThat(plan.contentHash()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input))));
    List<String> lines = new ArrayList<>();
    BatchReader reader = new BatchReader();
    for (BatchRange range : ranges) {
      reader.read(input, range, 200_000).forEach(l -> lines.add(new String(l.bytes(), StandardCharsets.UTF_8)));
    }
    assertThat(lines).containsExactlyElementsOf(expected);
  }

  @Test
  void anUnreadableInputFailsWithItsPath() {
    Path missing = dir.resolve("missing.jsonl");

    assertThatThrownBy(() -> new BatchPlanner().plan(missing, 10, r -> { }))
        .isInstanceOf(IOException.class).hasMessageContaining("missing.jsonl");
  }

  private Path write(String content) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "in", ".jsonl"), content);
  }
}
