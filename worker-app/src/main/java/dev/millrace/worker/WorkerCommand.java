package dev.millrace.worker;

import dev.millrace.connection.TemporalTarget;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.store.Database;
import dev.millrace.store.DatabaseOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code millrace worker}: a long-running worker process against TEMPORAL_ADDRESS. */
@Command(name = "worker", mixinStandardHelpOptions = true,
    description = "Run a worker that executes pipeline runs from TEMPORAL_ADDRESS (default 127.0.0.1:7233).")
public final class WorkerCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);

  @Mixin DatabaseOptions database;
  @Mixin ProductionChecks productionChecks;

  @Option(names = "--task-queue", defaultValue = "${env:MILLRACE_TASK_QUEUE:-" + PipelineDefaults.TASK_QUEUE + "}",
      description = "Task queue to poll (default: ${DEFAULT-VALUE}).")
  String taskQueue;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = System.getenv();
    productionChecks.enforce(env, database.jdbcUrl(), database.dataDir(), !TemporalTarget.isConfigured(env));
    TemporalTarget target = TemporalTarget.fromEnvironment(env);
    CountDownLatch stopped = new CountDownLatch(1);
    try (Database db = database.open()) {
      WorkflowServiceStubs service = target.connect();
      PipelineWorker worker =
          PipelineWorker.start(target.client(service), new JdbcPipelineStore(db.dataSource()), taskQueue);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        log.info("Stopping: finishing in-flight tasks");
        worker.close();
        service.shutdown();
        stopped.countDown();
      }, "millrace-shutdown"));
      log.info("Worker polling {} on {} (namespace {})", taskQueue, target.address(), target.namespace());
      stopped.await();
    }
    return 0;
  }
}
