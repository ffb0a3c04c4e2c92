package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.client.RunSummary;
import dev.millrace.connection.TemporalTarget;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.store.Database;
import dev.millrace.events.EventPublisher;
import dev.millrace.store.DatabaseOptions;
import dev.millrace.store.RunRegistry;
import dev.millrace.worker.EventOptions;
import dev.millrace.worker.PipelineWorker;
import dev.millrace.worker.ProductionChecks;
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
 * With {@code --resume RUN} it continues a registered run from its checkpoints, for instance after the
 * process was killed and the embedded Temporal server forgot the run.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the document pipeline on embedded defaults and print a summary.")
public final class RunCommand implements Callable<Integer> {
  @Mixin RunOptions run;
  @Mixin DatabaseOptions database;
  @Mixin EventOptions eventOptions;
  @Mixin ProductionChecks productionChecks;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = System.getenv();
    productionChecks.enforce(env, database.jdbcUrl(), database.dataDir(), !TemporalTarget.isConfigured(env));
    try (LocalTemporal temporal = LocalTemporal.open(env);
         Database db = database.open();
         EventPublisher events = eventOptions.publisher();
         PipelineWorker worker = PipelineWorker.start(temporal.client(), new JdbcPipelineStore(db.dataSource()), events)) {
      MillraceClient client = new MillraceClient(temporal.client(), new RunRegistry(db.dataSource()));
      PipelineRequest request = run.launch(client, database.dataDir(), spec.commandLine().getErr());
      ProgressPrinter printer = json ? ProgressPrinter.silent() : new ProgressPrinter(System.err, Terminal.isInteractive());
      RunSummary summary = new RunWatcher(client).await(request.runId(), printer);
      SummaryPrinter.print(summary, json, spec.commandLine().getOut());
      return ExitCodes.of(summary.state());
    }
  }
}
