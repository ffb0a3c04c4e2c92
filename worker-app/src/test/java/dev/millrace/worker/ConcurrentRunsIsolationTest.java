package dev.millrace.worker;

import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import dev.millrace.events.EventPublisher;
import dev.millrace.pipeline.PipelineMetrics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.DocumentPipelineWorkflow;
import dev.millrace.pipeline.DocumentPipelineWorkflowImpl;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.PipelineActivitiesImpl;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.PipelineResult;
import dev.millrace.pipeline.RunState;
import dev.millrace.store.Database;
import dev.millrace.store.testing.TestDatabase;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guarantee: runs on one worker share nothing. Twenty runs with different inputs and different cleaning
 * steps run at once through the real activities and database; each artifact holds exactly its own input.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ConcurrentRunsIsolationTest {
  private static final int RUNS = 20;

  @Parameter TestDatabase kind;
  @TempDir Path dir;

  @Test
  void twentyConcurrentRunsEachWriteExactlyTheirOwnDocuments() throws Exception {
    try (Database database = kind.open(dir); TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(PipelineDefaults.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(DocumentPipelineWorkflowImpl.class);
      worker.registerActivitiesImplementations(new PipelineActivitiesImpl(
          new JdbcPipelineStore(database.dataSource()), PipelineMetrics.NONE, EventPublisher.none()));
      env.start();
      WorkflowClient client = env.getWorkflowClient();

      List<CompletableFuture<PipelineResult>> results = new ArrayList<>();
      List<List<String>> expected = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        expected.add(writeInput(run));
        DocumentPipelineWorkflow workflow = client.newWorkflowStub(DocumentPipelineWorkflow.class,
            WorkflowOptions.newBuilder().setWorkflowId("iso-" + run).setTaskQueue(PipelineDefaults.TASK_QUEUE).build());
        WorkflowClient.start(workflow::run, request(run));
        results.add(WorkflowStub.fromTyped(workflow).getResultAsync(PipelineResult.class));
      }

      for (int run = 0; run < RUNS; run++) {
        PipelineResult result = results.get(run).get();
        assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
        assertThat(idAndText(Files.readAllLines(Path.of(result.artifact())))).as("run %d", run)
            .containsExactlyElementsOf(expected.get(run));
      }
    }
  }

  /** Run {@code run} has {@code 30 + run} documents; odd runs keep their HTML, even runs clean it. */
  private List<String> writeInput(int run) throws Exception {
    List<String> lines = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 30 + run; i++) {
      String id = "r" + run + "-d" + i;
      lines.add("{\"id\":\"" + id + "\",\"html\":\"<b>run " + run + "</b>  doc " + i + "\"}");
      expected.add("{\"id\":\"" + id + "\",\"text\":\""
          + (run % 2 == 0 ? "run " + run + " doc " + i : "<b>run " + run + "</b> doc " + i) + "\"}");
    }
    Files.write(dir.resolve("in-" + run + ".jsonl"), lines);
    return expected;
  }

  private PipelineRequest request(int run) {
    List<String> steps = run % 2 == 0 ? List.of("html", "whitespace") : List.of("whitespace");
    return new PipelineRequest("iso-" + run, dir.resolve("in-" + run + ".jsonl").toString(),
        dir.resolve("out-" + run + ".jsonl").toString(), new ChunkingParameters(3 + run % 5, 10_000, steps), 3, null);
  }

  /** Each artifact record reduced to its id and text, the part this test is about. */
  private static List<String> idAndText(List<String> lines) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> reduced = new ArrayList<>();
    for (String line : lines) {
      JsonNode record = json.readTree(line);
      reduced.add(json.writeValueAsString(json.createObjectNode()
          .put("id", record.get("id").asText()).put("text", record.get("text").asText())));
    }
    return reduced;
  }
}
