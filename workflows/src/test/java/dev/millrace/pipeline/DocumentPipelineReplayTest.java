package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards released behaviour: histories recorded from runs of each released version (a plain run, one with a
 * failing table sink, one that appended batches to the artifact as they finished) must replay on today's code.
 */
class DocumentPipelineReplayTest {
  @ParameterizedTest
  @ValueSource(strings = {"document-pipeline-run.json", "document-pipeline-table-sink-run.json",
      "document-pipeline-appends-run.json"})
  void aRecordedRunReplaysWithoutNonDeterminism(String file) throws IOException {
    String history = resource("/histories/" + file);

    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history, DocumentPipelineWorkflowImpl.class))
        .doesNotThrowAnyException();
  }

  static String resource(String path) throws IOException {
    try (InputStream in = DocumentPipelineReplayTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
