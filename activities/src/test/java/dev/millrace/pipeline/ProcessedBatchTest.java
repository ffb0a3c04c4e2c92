package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessedBatchTest {
  @Test
  void theStoredJsonlIsEveryDocumentLineInInputOrderAndNothingElse() {
    ProcessedBatch batch = new ProcessedBatch(3, List.of(document(1, "{\"id\":\"a\"}\n"),
        document(2, "{\"id\":\"b\",\"text\":\"é\"}\n"), document(3, "{\"id\":\"c\"}\n")), List.of());

    assertThat(new String(batch.jsonl(), StandardCharsets.UTF_8))
        .isEqualTo("{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\"é\"}\n{\"id\":\"c\"}\n");
  }

  @Test
  void theStreamAndTheLengthTheStoreWritesAreTheSameBytesAsTheArray() throws IOException {
    ProcessedBatch batch = new ProcessedBatch(2, List.of(document(1, "{\"id\":\"a\",\"text\":\"ü\"}\n"),
        document(2, "{\"id\":\"b\"}\n")), List.of());

    assertThat(batch.jsonlStream().readAllBytes()).isEqualTo(batch.jsonl());
    assertThat(batch.jsonlLength()).isEqualTo(batch.jsonl().length);
  }

  @Test
  void aBatchWhoseDocumentsWereAllQuarantinedStoresNoBytes() throws IOException {
    ProcessedBatch batch = new ProcessedBatch(1, List.of(), List.of(new QuarantinedRecord(1, "not JSON", "{")));

    assertThat(batch.jsonl()).isEmpty();
    assertThat(batch.jsonlStream().readAllBytes()).isEmpty();
    assertThat(batch.jsonlLength()).isZero();
  }

  private static OutputDocument document(long line, String json) {
    return new OutputDocument(line, "id" + line, json.getBytes(StandardCharsets.UTF_8), json);
  }
}
