package dev.millrace.bench.pipeline;

import dev.millrace.client.MillraceClient;
import dev.millrace.connection.TemporalTarget;
import dev.millrace.events.EventPublisher;
import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.DocumentCounts;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.PipelineResult;
import dev.millrace.pipeline.RunState;
import dev.millrace.store.Database;
import dev.millrace.store.RunRegistry;
import dev.millrace.worker.EmbeddedTemporalServer;
import dev.millrace.worker.PipelineWorker;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.nio.file.Path;
import java.util.Map;

/**
 * (b)/(c) Millrace's durable pipeline in one process, as {@code millrace run} runs it: the embedded
 * Temporal test server, reached by the worker and client through its in-process channel, a pipeline
 * worker with its defaults, and the SQL store given by {@code database}. The clock runs from the start
 * request to the workflow's result (plan, every batch and its checkpoint, merge into the artifact).
 */
public final class MillracePipeline extends DatabaseContender {
  public MillracePipeline(String name, DatabaseTarget database) {
    super(name, database);
  }

  @Override
  public Measurement run(Path input, Path workDir, BenchSettings settings) throws Exception {
    String runId = "bench-" + workDir.getFileName();
    PipelineRequest request = new PipelineRequest(runId, input.toAbsolutePath().toString(),
        workDir.resolve("artifact.jsonl").toAbsolutePath().toString(),
        new ChunkingParameters(settings.batchSize(), settings.maxDocumentBytes(), settings.steps()),
        settings.window(), null);
    Map<String, String> noEnvironment = Map.of();
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
         Database db = database.open(workDir)) {
      TemporalTarget target = TemporalTarget.local(server.address(), noEnvironment);
      WorkflowServiceStubs service = target.connect(server.inProcessChannel());
      try (PipelineWorker worker = PipelineWorker.start(target.client(service), new JdbcPipelineStore(db.dataSource()),
          EventPublisher.none())) {
        WorkflowClient client = target.client(service);
        MillraceClient millrace = new MillraceClient(client, new RunRegistry(db.dataSource()));
        long started = System.nanoTime();
        millrace.start(request);
        PipelineResult result = millrace.result(runId).get();
        long elapsed = System.nanoTime() - started;
        if (result.progress().state() != RunState.COMPLETED) {
          throw new IllegalStateException("benchmark run " + runId + " ended " + result.progress().state());
        }
        DocumentCounts counts = result.progress().counts();
        return new Measurement(name(), counts.documentsIn(), counts.documentsOut(), elapsed);
      } finally {
        service.shutdown();
      }
    }
  }
}
