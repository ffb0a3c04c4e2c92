package dev.millrace.cli;

import dev.millrace.connection.ConfigurationException;
import dev.millrace.client.RunConflictException;
import dev.millrace.client.RunNotFoundException;
import dev.millrace.client.RunStartException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns the client's exceptions into one clear line on stderr and the documented exit code. */
public final class CliErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
    int code;
    if (e instanceof RunNotFoundException) {
      code = ExitCodes.NOT_FOUND;
    } else if (e instanceof RunConflictException) {
      code = ExitCodes.CONFLICT;
    } else if (e instanceof RunStartException) {
      code = ExitCodes.RUN_FAILED;
    } else if (e instanceof UsageException) {
      code = ExitCodes.USAGE;
    } else if (e instanceof ConfigurationException) {
      code = ExitCodes.CONFIGURATION;
    } else {
      throw e;
    }
    command.getErr().println("millrace " + command.getCommandName() + ": " + e.getMessage());
    return code;
  }
}
