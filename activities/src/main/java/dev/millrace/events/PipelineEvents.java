package dev.millrace.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.pipeline.DocumentCounts;
import dev.millrace.pipeline.RunOutcome;
import dev.millrace.pipeline.SinkOutcome;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline's CloudEvents: type {@code dev.millrace.pipeline.<subject>.<what>}, source naming the
 * run, and an id that is the same for every retry of the same step, so consumers can drop duplicates.
 */
public final class PipelineEvents {
  public static final String TYPE_PREFIX = "dev.millrace.pipeline.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private PipelineEvents() {}

  public static CloudEvent runStarted(String runId) {
    return event(runId, "run.started", runId + "/started", Map.of());
  }

  public static CloudEvent batchCompleted(String runId, int batchIndex, int in, int out, int quarantined) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("batchIndex", batchIndex);
    data.put("documentsIn", in);
    data.put("documentsOut", out);
    data.put("documentsQuarantined", quarantined);
    return event(runId, "batch.completed", runId + "/batch/" + batchIndex, data);
  }

  /** For paused and resumed: {@code what} is the state in lower case. */
  public static CloudEvent runReached(String runId, String what, DocumentCounts counts, long sequence) {
    return event(runId, "run." + what, runId + "/" + what + "/" + sequence, countsOf(counts));
  }

  /** Completed, failed or cancelled, with the outcome of each output sink when the run wrote them. */
  public static CloudEvent runEnded(RunOutcome outcome) {
    String what = outcome.state().name().toLowerCase(Locale.ROOT);
    Map<String, Object> data = countsOf(outcome.counts());
    if (!outcome.sinks().isEmpty()) {
      data.put("sinks", outcome.sinks().stream().map(PipelineEvents::sinkData).toList());
    }
    return event(outcome.runId(), "run." + what, outcome.runId() + "/" + what + "/0", data);
  }

  private static Map<String, Object> countsOf(DocumentCounts counts) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("documentsIn", counts.documentsIn());
    data.put("documentsOut", counts.documentsOut());
    data.put("documentsQuarantined", counts.documentsQuarantined());
    return data;
  }

  private static Map<String, Object> sinkData(SinkOutcome sink) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("sink", sink.sink());
    data.put("status", sink.succeeded() ? "ok" : "failed");
    if (sink.detail() != null) {
      data.put(sink.succeeded() ? "detail" : "reason", sink.detail());
    }
    return data;
  }

  private static CloudEvent event(String runId, String what, String id, Map<String, Object> data) {
    Map<String, Object> payload = new LinkedHashMap<>(data);
    payload.put("runId", runId);
    try {
      return CloudEventBuilder.v1()
          .withId(id)
          .withSource(URI.create("/millrace/pipeline/runs/" + runId))
          .withType(TYPE_PREFIX + what)
          .withSubject(runId)
          .withTime(OffsetDateTime.now(ZoneOffset.UTC))
          .withDataContentType("application/json")
          .withData(JSON.writeValueAsBytes(payload))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Event data is plain maps and numbers", e);
    }
  }
}
