package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReaderTest {
  @TempDir Path dir;

  @Test
  void aLineOverTheLimitKeepsOnlyItsStartAndItsRealLengthWhileItsNeighboursStayWhole() throws IOException {
    String longLine = "{\"id\":\"big\",\"text\":\"" + "x".repeat(300_000) + "\"}";
    Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":1}\n" + longLine + "\n{\"id\":3}\n");

    List<InputLine> lines = readAll(input, 5000);

    assertThat(lines).extracting(InputLine::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(text(lines.get(0))).isEqualTo("{\"id\":1}");
    assertThat(lines.get(1).truncated()).isTrue();
    assertThat(lines.get(1).length()).isEqualTo(longLine.length());
    assertThat(text(lines.get(1))).isEqualTo(longLine.substring(0, BatchReader.OVERSIZE_PREFIX_BYTES));
    assertThat(text(lines.get(2))).isEqualTo("{\"id\":3}");
    assertThat(lines.get(2).truncated()).isFalse();
  }

  @Test
  void linesCrossingTheReadBufferComeBackWholeInEveryBatch() throws IOException {
    List<String> written = new ArrayList<>();
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String line = i + ":" + "y".repeat(7_000 + i * 997);
      written.add(line);
      content.append(line).append('\n');
    }
    Path input = Files.writeString(dir.resolve("in.jsonl"), content.toString());

    List<String> read = readAll(input, 1_000_000).stream().map(BatchReaderTest::text).toList();

    assertThat(read).containsExactlyElementsOf(written);
  }

  @Test
  void anEmptyLineStaysALineAndTheLastLineNeedsNoNewline() throws IOException {
    Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":1}\n\n{\"id\":3}");

    List<InputLine> lines = readAll(input, 5000);

    assertThat(lines).extracting(InputLine::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(lines).extracting(BatchReaderTest::text).containsExactly("{\"id\":1}", "", "{\"id\":3}");
  }

  private static List<InputLine> readAll(Path input, int maxLineBytes) throws IOException {
    List<BatchRange> ranges = new ArrayList<>();
    new BatchPlanner().plan(input, 7, ranges::add);
    List<InputLine> lines = new ArrayList<>();
    for (BatchRange range : ranges) {
      lines.addAll(new BatchReader().read(input, range, maxLineBytes));
    }
    return lines;
  }

  private static String text(InputLine line) {
    return new String(line.bytes(), StandardCharsets.UTF_8);
  }
}
