package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Guards released behaviour: a history recorded from a real run must replay on today's code. */
class DocumentPipelineReplayTest {
  @Test
  void aRecordedRunReplaysWithoutNonDeterminism() throws IOException {
    String history = resource("/histories/document-pipeline-run.json");

    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history, DocumentPipelineWorkflowImpl.class))
        .doesNotThrowAnyException();
  }

  @Test
  void aRecordedRunWithAFailingTableSinkReplaysWithoutNonDeterminism() throws IOException {
    String history = resource("/histories/document-pipeline-table-sink-run.json");

    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history, DocumentPipelineWorkflowImpl.class))
        .doesNotThrowAnyException();
  }

  static String resource(String path) throws IOException {
    try (InputStream in = DocumentPipelineReplayTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
