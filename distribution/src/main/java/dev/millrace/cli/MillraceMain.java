package dev.millrace.cli;

import dev.millrace.worker.ConfigCommand;
import dev.millrace.worker.DevServerCommand;
import dev.millrace.worker.WorkerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code millrace} command: every verb of the worker and starter apps in one executable jar. */
@Command(name = "millrace", mixinStandardHelpOptions = true, version = "millrace 0.1.0",
    description = "Durable document pipelines and operations workflows on Temporal.",
    subcommands = {RunCommand.class, StartCommand.class, StatusCommand.class, WatchCommand.class,
        PauseCommand.class, ResumeCommand.class, CancelCommand.class, AwaitCommand.class, ListCommand.class,
        HistoryCommand.class,
        QuarantineCommand.class, PatternsCommand.class, CorpusCommand.class, OpsCommand.class,
        WorkerCommand.class, ConfigCommand.class, DevServerCommand.class})
public final class MillraceMain implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
  }

  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new MillraceMain());
    commandLine.getSubcommands().get("ops").addSubcommand(new OpsDemoCommand());
    return commandLine.setExecutionExceptionHandler(new CliErrors());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
