package dev.millrace.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.events.EventPublisher.Route;
import dev.millrace.pipeline.DocumentCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventPublisherTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void postsStructuredCloudEventsWithEveryRequiredAttribute() throws Exception {
    try (RecordingWebhook webhook = new RecordingWebhook(0);
         EventPublisher publisher = new EventPublisher(List.of(new Route(WebhookSink.withDefaults(webhook.uri()), Delivery.REQUIRED)))) {
      publisher.publish(PipelineEvents.batchCompleted("run-7", 3, 10, 9, 1));

      assertThat(webhook.received()).hasSize(1);
      RecordingWebhook.Received request = webhook.received().get(0);
      assertThat(request.contentType()).startsWith("application/cloudevents+json");
      JsonNode event = JSON.readTree(request.body());
      assertThat(event.get("specversion").asText()).isEqualTo("1.0");
      assertThat(event.get("id").asText()).isEqualTo("run-7/batch/3");
      assertThat(event.get("type").asText()).isEqualTo("dev.millrace.pipeline.batch.completed");
      assertThat(event.get("source").asText()).isEqualTo("/millrace/pipeline/runs/run-7");
      assertThat(event.get("subject").asText()).isEqualTo("run-7");
      assertThat(event.get("time").asText()).isNotBlank();
      assertThat(event.get("data").get("documentsQuarantined").asInt()).isEqualTo(1);
    }
  }

  @Test
  void retriesAnEndpointThatIsBrieflyUnavailable() throws Exception {
    try (RecordingWebhook webhook = new RecordingWebhook(2)) {
      WebhookSink sink = new WebhookSink(webhook.uri(), Duration.ofSeconds(2), 3, Duration.ofMillis(10));

      sink.send(PipelineEvents.runStarted("r"));

      assertThat(webhook.received()).hasSize(1);
    }
  }

  @Test
  void aRequiredSinkThatIsDownFailsNamingTheSink() throws IOException {
    URI down = deadEndpoint();
    WebhookSink sink = new WebhookSink(down, Duration.ofMillis(500), 2, Duration.ofMillis(10));
    try (EventPublisher publisher = new EventPublisher(List.of(new Route(sink, Delivery.REQUIRED)))) {
      assertThatThrownBy(() -> publisher.publish(PipelineEvents.runStarted("r")))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(down.toString());
    }
  }

  @Test
  void aFailSilentSinkThatIsDownNeitherFailsNorStopsTheOtherSinks() throws IOException {
    Path log = dir.resolve("events").resolve("events.jsonl");
    WebhookSink dead = new WebhookSink(deadEndpoint(), Duration.ofMillis(500), 2, Duration.ofMillis(10));
    try (EventPublisher publisher = new EventPublisher(List.of(
        new Route(dead, Delivery.FAIL_SILENT), new Route(new JsonlEventLog(log), Delivery.FAIL_SILENT)))) {
      publisher.publish(PipelineEvents.runStarted("r"));
      publisher.publish(PipelineEvents.runReached("r", "completed", new DocumentCounts(3, 2, 1), 0));

      await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(log) && Files.readAllLines(log).size() == 2);
    }
    List<String> lines = Files.readAllLines(log);
    assertThat(JSON.readTree(lines.get(0)).get("type").asText()).isEqualTo("dev.millrace.pipeline.run.started");
    assertThat(JSON.readTree(lines.get(1)).get("data").get("documentsOut").asInt()).isEqualTo(2);
  }

  private static URI deadEndpoint() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/events");
    }
  }
}
