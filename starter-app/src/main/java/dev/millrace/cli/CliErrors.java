package dev.millrace.cli;

import dev.millrace.connection.ConfigurationException;
import dev.millrace.client.RunConflictException;
import dev.millrace.client.RunNotFoundException;
import dev.millrace.client.RunStartException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns the client's exceptions into one clear line on stderr and the documented exit code. */
public final class CliErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
    int code;
    String message = e.getMessage();
    Optional<StatusRuntimeException> unreachable = unreachable(e);
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
    } else if (unreachable.isPresent()) {
      code = ExitCodes.UNAVAILABLE;
      message = "cannot reach Temporal (" + describe(unreachable.get().getStatus()) + "): start a server with"
          + " `millrace dev-server`, or set TEMPORAL_ADDRESS to a running one";
    } else {
      throw e;
    }
    command.getErr().println("millrace " + command.getCommandName() + ": " + message);
    return code;
  }

  /** The status's code, description and the connection error behind it, without the stack trace. */
  private static String describe(Status status) {
    StringBuilder description = new StringBuilder(status.getCode().toString());
    if (status.getDescription() != null) {
      description.append(": ").append(status.getDescription());
    }
    if (status.getCause() != null) {
      description.append(", ").append(status.getCause().getMessage());
    }
    return description.toString();
  }

  /** The UNAVAILABLE gRPC status among the exception's causes: the server refused or dropped the connection. */
  private static Optional<StatusRuntimeException> unreachable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatusRuntimeException status && status.getStatus().getCode() == Status.Code.UNAVAILABLE) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
