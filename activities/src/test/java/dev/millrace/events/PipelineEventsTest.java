package dev.millrace.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.pipeline.DocumentCounts;
import dev.millrace.pipeline.RunOutcome;
import dev.millrace.pipeline.RunState;
import dev.millrace.pipeline.SinkOutcome;
import io.cloudevents.CloudEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineEventsTest {
  @Test
  void theCompletedEventNamesEachSinkAndWhyOneFailed() throws Exception {
    RunOutcome outcome = new RunOutcome("r", RunState.COMPLETED, new DocumentCounts(3, 2, 1), "/out", null,
        List.of(SinkOutcome.ok(SinkOutcome.ARTIFACT, null), SinkOutcome.failed(SinkOutcome.TABLE, "connection refused")));

    CloudEvent event = PipelineEvents.runEnded(outcome);

    assertThat(event.getType()).isEqualTo("dev.millrace.pipeline.run.completed");
    assertThat(event.getId()).isEqualTo("r/completed/0");
    JsonNode data = new ObjectMapper().readTree(event.getData().toBytes());
    assertThat(data.get("documentsOut").asLong()).isEqualTo(2);
    assertThat(data.get("sinks").toString()).isEqualTo("[{\"sink\":\"artifact\",\"status\":\"ok\"},"
        + "{\"sink\":\"table\",\"status\":\"failed\",\"reason\":\"connection refused\"}]");
  }

  @Test
  void aCancelledRunThatWroteNoSinkCarriesOnlyItsCounts() throws Exception {
    CloudEvent event = PipelineEvents.runEnded(
        new RunOutcome("r", RunState.CANCELLED, new DocumentCounts(3, 2, 1), "/out", null));

    assertThat(event.getType()).isEqualTo("dev.millrace.pipeline.run.cancelled");
    assertThat(new ObjectMapper().readTree(event.getData().toBytes()).has("sinks")).isFalse();
  }
}
