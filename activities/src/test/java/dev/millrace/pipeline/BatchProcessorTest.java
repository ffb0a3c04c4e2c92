package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.millrace.pipeline.text.DocumentCleaner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchProcessorTest {
  private final DocumentCleaner cleaner = DocumentCleaner.forSteps(List.of("html", "whitespace"));

  @Test
  void cleansGoodLinesAndQuarantinesEachBadOneWithItsLineNumberAndReason() {
    List<InputLine> lines = List.of(
        line(10, "{\"id\":\"a\",\"text\":\"  hello   world \"}"),
        line(11, "{not json"),
        line(12, "{\"text\":\"no id\"}"),
        line(13, "   "),
        line(14, "{\"id\":7,\"html\":\"<p>One &amp; two</p><script>evil()</script><p>Three</p>\"}"),
        line(15, "[1,2]"),
        line(16, "{\"id\":\"n\",\"text\":42}"),
        line(17, "{\"id\":\"big\",\"text\":\"" + "x".repeat(200) + "\"}"));

    ProcessedBatch batch = new BatchProcessor().process(lines, 100, cleaner);

    assertThat(batch.documentsIn()).isEqualTo(7);
    assertThat(batch.documentsOut()).isEqualTo(2);
    assertThat(new String(batch.documents(), StandardCharsets.UTF_8)).isEqualTo(
        "{\"id\":\"a\",\"text\":\"hello world\"}\n{\"id\":\"7\",\"text\":\"One & two\\n\\nThree\"}\n");
    assertThat(batch.quarantined())
        .extracting(QuarantinedRecord::lineNumber, r -> r.reason().split(":")[0])
        .containsExactly(
            tuple(11L, "invalid JSON"),
            tuple(12L, "missing field \"id\""),
            tuple(15L, "not a JSON object"),
            tuple(16L, "field \"text\" or \"html\" must be a string"),
            tuple(17L, "document is 222 bytes, over the run's maximum of 100 bytes"));
  }

  @Test
  void excerptsReplaceControlCharactersSoAnyDatabaseCanStoreThem() {
    assertThat(BatchProcessor.excerpt("a\u0000b\u0007c".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFFFDb\uFFFDc");
  }

  private static InputLine line(long number, String text) {
    return new InputLine(number, text.getBytes(StandardCharsets.UTF_8));
  }
}
