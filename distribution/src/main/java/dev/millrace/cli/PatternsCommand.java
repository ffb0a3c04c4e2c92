package dev.millrace.cli;

import dev.millrace.patterns.PatternCatalog;
import dev.millrace.patterns.PatternEntry;
import dev.millrace.patterns.PatternRunner;
import dev.millrace.patterns.Trace;
import dev.millrace.patterns.TracingPatternActivities;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code millrace patterns [run N]}: the 43 workflow control-flow patterns, listed or run with their trace. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
    description = "List the 43 workflow control-flow patterns, or run one (patterns run N) and print its trace.")
public final class PatternsCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "run", description = "The word 'run' to run a pattern.")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "Pattern number, 1 to 43.")
  Integer number;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (action == null) {
      PatternCatalog.entries().forEach(e ->
          out.printf("WCP-%-2d %-3s %-55s %s%n", e.number(), e.rating().symbol(), e.name(), e.primitive()));
      return ExitCodes.COMPLETED;
    }
    if (!action.equals("run") || number == null) {
      throw new UsageException("expected 'patterns' or 'patterns run N'");
    }
    PatternEntry entry;
    try {
      entry = PatternCatalog.entry(number);
    } catch (NoSuchElementException e) {
      throw new UsageException(e.getMessage() + "; choose 1 to 43");
    }
    if (entry.demo().isEmpty()) {
      spec.commandLine().getErr().println("WCP-" + number + " " + entry.name() + " is not offered: " + entry.caveat());
      return ExitCodes.RUN_FAILED;
    }
    out.println("WCP-" + entry.number() + " " + entry.name() + " (" + entry.rating().symbol() + ", " + entry.primitive() + ")");
    out.println(runWithLocalWorker(number).render());
    return ExitCodes.COMPLETED;
  }

  private static Trace runWithLocalWorker(int number) {
    try (LocalTemporal temporal = LocalTemporal.open(System.getenv())) {
      WorkerFactory factory = WorkerFactory.newInstance(temporal.client());
      Worker worker = factory.newWorker(PatternCatalog.TASK_QUEUE);
      PatternCatalog.register(worker, new TracingPatternActivities());
      factory.start();
      try {
        return PatternRunner.run(number, temporal.client(), PatternCatalog.TASK_QUEUE);
      } finally {
        factory.shutdown();
        factory.awaitTermination(10, TimeUnit.SECONDS);
      }
    }
  }
}
