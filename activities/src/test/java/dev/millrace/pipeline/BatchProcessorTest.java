package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.pipeline.text.TextProcessor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchProcessorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TextProcessor cleaner = TextProcessor.forSteps(List.of("html", "whitespace"));

  @Test
  void cleansGoodLinesAndQuarantinesEachBadOneWithItsLineNumberAndReason() throws Exception {
    String html = "{\"id\":7,\"html\":\"<p>One &amp; two</p><script>evil()</script><p>Three</p>\"}";
    List<InputLine> lines = List.of(
        line(10, "{\"id\":\"a\",\"text\":\"  hello   world \"}"),
        line(11, "{not json"),
        line(12, "{\"text\":\"no id\"}"),
        line(13, "   "),
        line(14, html),
        line(15, "[1,2]"),
        line(16, "{\"id\":\"n\",\"text\":42}"),
        line(17, "{\"id\":\"big\",\"text\":\"" + "x".repeat(20_000) + "\"}"),
        line(18, "{\"id\":\"a\",\"text\":\"same id again\"}"),
        line(19, "{\"id\":\"deep\",\"html\":\"" + "<div>".repeat(1_000) + "x\"}"),
        line(20, "{\"id\":\"\\uD800\"}\u0000"),
        new InputLine(21, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}'}));

    ProcessedBatch batch = new BatchProcessor().process(lines, 10_000, cleaner);

    assertThat(batch.documentsIn()).isEqualTo(11);
    assertThat(batch.documentsOut()).isEqualTo(2);
    List<JsonNode> records = records(batch);
    assertThat(records).extracting(r -> r.get("id").asText(), r -> r.get("text").asText())
        .containsExactly(tuple("a", "hello world"), tuple("7", "One & two\n\nThree"));
    assertThat(records.get(1).get("sourceSha256").asText())
        .isEqualTo(BatchProcessor.sha256(html.getBytes(StandardCharsets.UTF_8)))
        .hasSize(64);
    assertThat(batch.quarantined())
        .extracting(QuarantinedRecord::lineNumber, r -> r.reason().split(":")[0])
        .containsExactly(
            tuple(11L, "invalid JSON"),
            tuple(12L, "missing field \"id\""),
            tuple(15L, "not a JSON object"),
            tuple(16L, "field \"text\", \"html\" or \"email\" must be a string"),
            tuple(17L, "document is 20022 bytes, over the run's maximum of 10000 bytes"),
            tuple(18L, "duplicate id \"a\""),
            tuple(19L, "pathological HTML"),
            tuple(20L, "invalid JSON"),
            tuple(21L, "undecodable bytes"));
  }

  @Test
  void aLineTheReaderKeptOnlyTheStartOfIsQuarantinedWithItsRealLengthEvenIfItsStartIsBlank() {
    List<InputLine> lines = List.of(
        new InputLine(3, "{\"id\":\"huge\",\"text\":\"xx".getBytes(StandardCharsets.UTF_8), 104_857_600),
        new InputLine(4, "   ".getBytes(StandardCharsets.UTF_8), 50_000_000));

    ProcessedBatch batch = new BatchProcessor().process(lines, 1_048_576, cleaner);

    assertThat(batch.documentsIn()).isEqualTo(2);
    assertThat(batch.quarantined()).extracting(QuarantinedRecord::lineNumber, QuarantinedRecord::reason).containsExactly(
        tuple(3L, "document is 104857600 bytes, over the run's maximum of 1048576 bytes"),
        tuple(4L, "document is 50000000 bytes, over the run's maximum of 1048576 bytes"));
    assertThat(batch.quarantined().get(0).excerpt()).startsWith("{\"id\":\"huge\"");
  }

  @Test
  void excerptsReplaceControlCharactersSoAnyDatabaseCanStoreThem() {
    assertThat(BatchProcessor.excerpt("a\u0000b\u0007c".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFFFDb\uFFFDc");
  }

  private static List<JsonNode> records(ProcessedBatch batch) throws Exception {
    List<JsonNode> records = new ArrayList<>();
    for (OutputDocument document : batch.documents()) {
      records.add(JSON.readTree(document.jsonLine()));
    }
    return records;
  }

  private static InputLine line(long number, String text) {
    return new InputLine(number, text.getBytes(StandardCharsets.UTF_8));
  }
}
