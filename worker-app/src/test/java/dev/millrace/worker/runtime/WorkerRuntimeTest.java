package dev.millrace.worker.runtime;

import dev.millrace.events.EventPublisher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.connection.ConfigurationException;
import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.DocumentPipelineWorkflow;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.PipelineResult;
import dev.millrace.worker.EmbeddedTemporalServer;
import dev.millrace.worker.config.Setting;
import dev.millrace.worker.config.SettingSources;
import dev.millrace.worker.config.WorkerSettings;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production worker runtime in-process against the embedded Temporal server on loopback: one real
 * pipeline run with payload encryption on, then its metrics, health and raw history over the wire.
 */
@TestMethodOrder(OrderAnnotation.class)
class WorkerRuntimeTest {
  private static final Path CATALOGUE = Path.of("..", "docs", "metrics.md");
  private static final Pattern CATALOGUED = Pattern.compile("^\\| `(millrace_[a-z0-9_]+)` \\|", Pattern.MULTILINE);
  private static final Pattern SCRAPED_FAMILY = Pattern.compile("^# TYPE (millrace_[a-z0-9_]+) ", Pattern.MULTILINE);
  private static final String RUN_ID = "runtime-run-1";

  @TempDir static Path dir;
  private static EmbeddedTemporalServer server;
  private static WorkerRuntime runtime;
  private static WorkerSettings settings;
  private static WorkflowServiceStubs clientService;
  private static Path input;
  private static final Map<String, String> settingsEnv = new HashMap<>();
  private static PipelineResult result;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void runOnePipeline() throws IOException {
    server = EmbeddedTemporalServer.start(0);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Map<String, String> env = settingsEnv;
    env.put("TEMPORAL_ADDRESS", server.address());
    env.put("MILLRACE_CODEC_KEYS", "k1:" + Base64.getEncoder().encodeToString(key));
    env.put("MILLRACE_DATA_DIR", dir.resolve("data").toString());
    env.put("MILLRACE_HTTP_HOST", "127.0.0.1");
    env.put("MILLRACE_METRICS_PORT", "0");
    env.put("MILLRACE_LOG_FORMAT", "text");
    settings = WorkerSettings.load(SettingSources.of(Map.of(), env), null, null);
    runtime = WorkerRuntime.start(settings, EventPublisher.none());

    input = dir.resolve("secret-input-name.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      lines.add(i % 10 == 9 ? "{\"text\": \"no id\"}" : "{\"id\":" + i + ",\"text\":\"document " + i + "\"}");
    }
    Files.write(input, lines);
    clientService = settings.temporal().connect();
    WorkflowClient client = settings.temporal().client(clientService);
    DocumentPipelineWorkflow workflow = client.newWorkflowStub(DocumentPipelineWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(RUN_ID).setTaskQueue(PipelineDefaults.TASK_QUEUE).build());
    PipelineRequest request = new PipelineRequest(RUN_ID, input.toString(), dir.resolve("out.jsonl").toString(),
        new ChunkingParameters(10, PipelineDefaults.MAX_DOCUMENT_BYTES, PipelineDefaults.CLEANING_STEPS), 2, null);
    result = workflow.run(request);
  }

  @AfterAll
  static void stop() {
    if (clientService != null) {
      clientService.shutdown();
    }
    if (runtime != null) {
      runtime.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void everyCataloguedMetricIsScrapedAndNothingUncataloguedIs() throws Exception {
    Set<String> catalogued = matches(CATALOGUED, Files.readString(CATALOGUE));
    assertThat(catalogued).isNotEmpty();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      String scrape = get(RuntimeHttpServer.METRICS_PATH).body();
      assertThat(matches(SCRAPED_FAMILY, scrape)).isEqualTo(catalogued);
      assertThat(scrape).contains("temporal_activity_schedule_to_start_latency_seconds_bucket");
    });
  }

  @Test
  @Order(2)
  void metricsCountTheRunsDocuments() throws Exception {
    String scrape = get(RuntimeHttpServer.METRICS_PATH).body();
    assertThat(result.progress().counts().documentsIn()).isEqualTo(30);
    assertThat(sample(scrape, "millrace_documents_in_total")).isEqualTo(30.0);
    assertThat(sample(scrape, "millrace_documents_processed_total")).isEqualTo(27.0);
    assertThat(sample(scrape, "millrace_documents_quarantined_total{reason=\"missing_id\"}")).isEqualTo(3.0);
    assertThat(sample(scrape, "millrace_batch_duration_seconds_count")).isEqualTo(3.0);
    assertThat(sample(scrape, "millrace_runs_total{state=\"completed\"}")).isEqualTo(1.0);
    assertThat(sample(scrape, "millrace_db_circuit_state")).as("the database answered: closed").isEqualTo(0.0);
    assertThat(sample(scrape, "millrace_db_circuit_opened_total")).isEqualTo(0.0);
    assertThat(scrape).contains("millrace_activity_pickup_latency_seconds{activity=\"ProcessBatch\",quantile=\"0.99\"}");
  }

  @Test
  @Order(3)
  void healthIsUpAsJson() throws Exception {
    HttpResponse<String> live = get(RuntimeHttpServer.LIVE_PATH);
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(json(live).get("status").asText()).isEqualTo("UP");

    HttpResponse<String> ready = get(RuntimeHttpServer.READY_PATH);
    assertThat(ready.statusCode()).isEqualTo(200);
    JsonNode body = json(ready);
    assertThat(body.get("status").asText()).isEqualTo("UP");
    assertThat(body.get("checks").get("temporal").asText()).isEqualTo("UP");
    assertThat(body.get("checks").get("database").asText()).isEqualTo("UP");
  }

  @Test
  @Order(4)
  void theServiceStoresOnlyCiphertext() {
    List<HistoryEvent> events = clientService.blockingStub().getWorkflowExecutionHistory(
        GetWorkflowExecutionHistoryRequest.newBuilder()
            .setNamespace(settings.temporal().namespace())
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(RUN_ID))
            .build()).getHistory().getEventsList();
    String raw = events.stream().map(event -> event.toByteString().toString(StandardCharsets.UTF_8))
        .reduce("", String::concat);
    assertThat(events).isNotEmpty();
    assertThat(raw).doesNotContain("secret-input-name").doesNotContain(input.toString()).doesNotContain("out.jsonl");
    assertThat(raw).contains("binary/encrypted");

    PipelineRequest decoded = settings.temporal().dataConverter().fromPayloads(0,
        java.util.Optional.of(events.get(0).getWorkflowExecutionStartedEventAttributes().getInput()),
        PipelineRequest.class, PipelineRequest.class);
    assertThat(decoded.inputPath()).isEqualTo(input.toString());
  }

  @Test
  @Order(5)
  void aSecondWorkerOnTheSamePortIsAConfigurationErrorNamingTheSetting() {
    WorkerSettings samePort = WorkerSettings.load(SettingSources.of(Map.of(Setting.METRICS_PORT,
        String.valueOf(runtime.httpPort())), settingsEnv), null, null);
    assertThatThrownBy(() -> WorkerRuntime.start(samePort, EventPublisher.none()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("MILLRACE_METRICS_PORT").hasMessageContaining(String.valueOf(runtime.httpPort()));
  }

  @Test
  @Order(6)
  void readinessFailsWhenTemporalIsGone() throws Exception {
    server.close();
    server = null;
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      HttpResponse<String> ready = get(RuntimeHttpServer.READY_PATH);
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(json(ready).get("checks").get("temporal").asText()).isEqualTo("DOWN");
    });
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + runtime.httpPort() + path);
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return new ObjectMapper().readTree(response.body());
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static double sample(String scrape, String series) {
    return scrape.lines().filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
        .findFirst().orElseThrow(() -> new AssertionError(series + " not in the scrape"));
  }
}
