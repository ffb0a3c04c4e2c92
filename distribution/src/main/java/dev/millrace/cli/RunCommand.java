package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.client.RunSummary;
import dev.millrace.connection.TemporalTarget;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.store.Database;
import dev.millrace.worker.DatabaseOptions;
import dev.millrace.worker.EmbeddedTemporalServer;
import dev.millrace.worker.PipelineWorker;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code millrace run}: the whole pipeline in one process. It starts Temporal's test server on a free
 * loopback port unless TEMPORAL_ADDRESS is set, runs a worker beside it, and follows the run to its end.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the document pipeline on embedded defaults and print a summary.")
public final class RunCommand implements Callable<Integer> {
  @Mixin RunOptions run;
  @Mixin DatabaseOptions database;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PipelineRequest request = run.toRequest();
    Map<String, String> env = System.getenv();
    boolean embedded = !TemporalTarget.isConfigured(env);
    try (EmbeddedTemporalServer server = embedded ? EmbeddedTemporalServer.start(0) : null;
         Database db = database.open(run.dataDir())) {
      TemporalTarget target = embedded
          ? new TemporalTarget(server.address(), TemporalTarget.DEFAULT_NAMESPACE)
          : TemporalTarget.fromEnvironment(env);
      WorkflowServiceStubs service = target.connect();
      try {
        WorkflowClient workflowClient = target.client(service);
        try (PipelineWorker worker = PipelineWorker.start(workflowClient, new JdbcPipelineStore(db.dataSource()))) {
          MillraceClient client = new MillraceClient(workflowClient);
          client.start(request);
          ProgressPrinter printer = json ? ProgressPrinter.silent() : new ProgressPrinter(System.err, Terminal.isInteractive());
          RunSummary summary = new RunWatcher(client).await(request.runId(), printer);
          SummaryPrinter.print(summary, json, spec.commandLine().getOut());
          return ExitCodes.of(summary.state());
        }
      } finally {
        service.shutdown();
      }
    }
  }
}
